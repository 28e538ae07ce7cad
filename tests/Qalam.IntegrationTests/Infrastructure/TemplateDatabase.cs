using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>
/// Two template databases per test run, built once through the real app start-up (migrations, first administrator,
/// and for one of them the demo organisation): one empty, one with demo content, both at a fixed clock.
/// </summary>
public static class TemplateDatabase
{
    /// <summary>The fixed "now" of the templates and of every test app unless a test says otherwise.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<string> Empty = new(() => Build(demo: false));
    private static readonly Lazy<string> Demo = new(() => Build(demo: true));

    public static string Path(bool demo) => demo ? Demo.Value : Empty.Value;

    private static string Build(bool demo)
    {
        var dir = Directory.CreateTempSubdirectory(demo ? "qalam-template-demo-" : "qalam-template-empty-").FullName;
        // Copied by every test app of the run, so kept until the run ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                DataDirectories.Delete(dir);
            }
            catch (IOException)
            {
                // Still open at exit: the OS cleans its temp folder.
            }
        };
        using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Qalam:Data", dir);
            b.UseSetting("Qalam:SeedDemo", demo ? "true" : "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.ConfigureServices(s =>
            {
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            });
        }))
        {
            _ = factory.Services; // starts the host: migrations and first-start content run here
        }
        SqliteConnection.ClearAllPools();
        var file = System.IO.Path.Combine(dir, "qalam.db");
        // Fold the WAL into the main file so a plain copy carries everything.
        using (var c = new SqliteConnection($"Data Source={file};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            cmd.ExecuteNonQuery();
        }
        return file;
    }
}
