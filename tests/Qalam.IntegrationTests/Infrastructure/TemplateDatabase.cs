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

    private static readonly Lazy<string> PostgresEmpty = new(() => BuildPostgres(demo: false));
    private static readonly Lazy<string> PostgresDemo = new(() => BuildPostgres(demo: true));

    public static string Path(bool demo) => demo ? Demo.Value : Empty.Value;

    /// <summary>The name of the PostgreSQL template database, built once per run on the shared cluster.</summary>
    public static string PostgresName(bool demo) => demo ? PostgresDemo.Value : PostgresEmpty.Value;

    // The same start-up on PostgreSQL; each test database is then CREATE DATABASE … TEMPLATE this one, which needs no
    // connection left open to it.
    private static string BuildPostgres(bool demo)
    {
        var name = demo ? "qalam_template_demo" : "qalam_template_empty";
        var cluster = PostgresCluster.Shared;
        var connection = cluster.CreateDatabase(name: name);
        var dir = Directory.CreateTempSubdirectory("qalam-template-pg-").FullName;
        Start(dir, demo, b =>
        {
            b.UseSetting("Qalam:Database", "postgres");
            b.UseSetting("ConnectionStrings:Default", connection);
        });
        // EF's data source keeps its own pool past the host: refuse new sessions, end the open ones and wait until they
        // are gone (pg_terminate_backend only signals them), or a copy made at once finds one still there and fails.
        cluster.Execute($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false");
        cluster.Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (cluster.Count($"SELECT count(*) FROM pg_stat_activity WHERE datname = '{name}'") > 0)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"Sessions of {name} still open after 30 s.");
            Thread.Sleep(50);
        }
        DataDirectories.Delete(dir);
        return name;
    }

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
        Start(dir, demo, _ => { });
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

    private static void Start(string dir, bool demo, Action<IWebHostBuilder> configure)
    {
        using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            configure(b);
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
    }
}
