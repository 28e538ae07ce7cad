using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Qalam.Data;

namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over HTTP on its own SQLite file in its own data directory. The file is a copy of one migrated
/// template per test run, so every test starts from a fresh, really-migrated database without paying for migrations.
/// On PostgreSQL (<see cref="TestDatabase"/>, or <c>postgres: true</c>) the database is its own
/// <c>CREATE DATABASE … TEMPLATE</c> of a migrated template on the run's cluster, dropped with the factory.
/// </summary>
public sealed class QalamFactory : WebApplicationFactory<Program>
{
    private readonly bool _demo;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Configuration for this app only, e.g. a low limit to reach in a test.</param>
    /// <param name="postgres">Run on PostgreSQL whatever QALAM_TEST_DATABASE says (tests about PostgreSQL itself).</param>
    public QalamFactory(bool demo = true, DateTimeOffset? now = null, IReadOnlyDictionary<string, string>? settings = null, bool? postgres = null)
    {
        _demo = demo;
        _settings = settings ?? new Dictionary<string, string>();
        DataDirectory = Directory.CreateTempSubdirectory("qalam-test-").FullName;
        if (postgres ?? TestDatabase.IsPostgres)
        {
            PostgresConnection = PostgresCluster.Shared.CreateDatabase(TemplateDatabase.PostgresName(demo));
        }
        else
        {
            File.Copy(TemplateDatabase.Path(demo), Path.Combine(DataDirectory, "qalam.db"));
        }
        Clock = new FakeTimeProvider(now ?? TemplateDatabase.Now);
    }

    public string DataDirectory { get; }

    /// <summary>This app's PostgreSQL database, or null when it runs on SQLite.</summary>
    public string? PostgresConnection { get; }

    /// <summary>The app's clock: move it forward to make scheduled posts come due.</summary>
    public FakeTimeProvider Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Qalam:Data", DataDirectory);
        builder.UseSetting("Qalam:SeedDemo", _demo ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests give each request its own address with X-Forwarded-For, as a site behind a proxy sees them.
        builder.UseSetting("Qalam:KnownProxies", "127.0.0.1");
        if (PostgresConnection is not null)
        {
            builder.UseSetting("Qalam:Database", "postgres");
            builder.UseSetting("ConnectionStrings:Default", PostgresConnection);
        }
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Runs work against the app's own database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<QalamDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<QalamDb>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (PostgresConnection is not null)
        {
            try
            {
                PostgresCluster.Shared.DropDatabase(PostgresConnection);
            }
            catch (Npgsql.NpgsqlException)
            {
                // The cluster is being stopped by a test of an outage, or at the end of the run: it is thrown away whole.
            }
        }
        try
        {
            DataDirectories.Delete(DataDirectory);
        }
        catch (IOException)
        {
            // A file still open by a finishing request; the temp directory is cleaned by the OS.
        }
    }
}
