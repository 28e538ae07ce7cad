using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of one site on one database (SQLite file or PostgreSQL database, as the test run says) and one files
/// store, each with its own host, data directory and clock, and no Redis: what crosses between them crosses through
/// the database. Each instance is a host made from its site's factory, so disposing it stops that instance only (the
/// sites, which own the database and folders, go at the end). A <c>killable</c> instance has no
/// <see cref="LeaseRelease"/>, so disposing it stops it as a killed process stops: its leases are left to expire.
/// </summary>
public sealed class OneDatabase : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("qalam-store-").FullName;

    public OneDatabase(bool killable = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var shared = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Qalam:Media:Store"] = _store };
        SiteA = new QalamFactory(demo: false, settings: shared);
        SiteB = new QalamFactory(demo: false, settings: new Dictionary<string, string>(shared)
        {
            ["ConnectionStrings:Default"] = SiteA.PostgresConnection ?? $"Data Source={Path.Combine(SiteA.DataDirectory, "qalam.db")}",
        });
        A = Instance(SiteA, killable);
        B = Instance(SiteB, killable);
    }

    /// <summary>The factories behind the instances, for their clocks and folders; their own hosts are never started.</summary>
    public QalamFactory SiteA { get; }
    public QalamFactory SiteB { get; }
    public WebApplicationFactory<Program> A { get; }
    public WebApplicationFactory<Program> B { get; }

    public string Store => _store;

    public static string InstanceOf(WebApplicationFactory<Program> instance) => instance.Services.GetRequiredService<ThisInstance>().Id;

    private static WebApplicationFactory<Program> Instance(QalamFactory site, bool killable) => site.WithWebHostBuilder(b => b.ConfigureServices(services =>
    {
        if (killable) services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(LeaseRelease)));
    }));

    /// <summary>Waits (in real time) until the condition holds, as a person refreshing a page would.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds)) throw new TimeoutException($"Not within {seconds} s: {what}");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        // The instances first, each stopping as a server does (releasing its leases unless killable), then the sites.
        B.Dispose();
        A.Dispose();
        SiteB.Dispose();
        SiteA.Dispose();
        try
        {
            Directory.Delete(_store, recursive: true);
        }
        catch (IOException)
        {
            // A file a finishing import still holds; the temp directory is cleaned by the OS.
        }
    }
}
