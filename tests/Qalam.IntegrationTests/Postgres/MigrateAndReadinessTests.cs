using System.Reflection;
using System.Net;
using System.Net.Sockets;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Postgres;

/// <summary>
/// `Qalam migrate` on an empty PostgreSQL database, then `serve` on it; and /readyz following the database down and
/// back up, on a cluster of its own (stopping the run's shared cluster would break the other tests).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrateAndReadinessTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("qalam-pg-verb-").FullName;

    public void Dispose() => DataDirectories.Delete(_data);

    /// <summary>How many migrations the PostgreSQL set has: an empty database gets every one.</summary>
    private static readonly int PostgresMigrations = typeof(Qalam.Data.PostgresQalamDb).Assembly.GetTypes().Count(t =>
        t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>() is not null
        && t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()?.ContextType == typeof(Qalam.Data.PostgresQalamDb));

    [Fact]
    public async Task Migrate_prepares_an_empty_database_then_serve_starts_on_it()
    {
        var connection = postgres.Cluster.CreateDatabase();
        var environment = new Dictionary<string, string>
        {
            ["Qalam__Database"] = "postgres",
            ["ConnectionStrings__Default"] = connection,
            ["LANG"] = "en_US.UTF-8",
        };
        var migrate = await QalamProcess.RunAsync(null, environment, "migrate", "--data", _data);
        Assert.Equal(0, migrate.ExitCode);
        Assert.Equal($"Applied {PostgresMigrations} database migrations; the database is up to date.", migrate.Output.Trim());
        var again = await QalamProcess.RunAsync(null, environment, "migrate", "--data", _data);
        Assert.Equal("Applied 0 database migrations; the database is up to date.", again.Output.Trim());

        var url = $"http://127.0.0.1:{FreePort()}";
        using var serve = QalamProcess.Start(environment, "serve", "--no-demo", "--data", _data, "--urls", url);
        try
        {
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, await StatusWithinAsync(http, $"{url}/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(180)));
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url + "/")).StatusCode);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            postgres.Cluster.DropDatabase(connection);
        }
    }

    [Fact]
    public async Task Two_instances_started_at_once_on_an_empty_database_apply_each_migration_once_and_both_serve()
    {
        var connection = postgres.Cluster.CreateDatabase();
        var second = Directory.CreateTempSubdirectory("qalam-pg-verb-").FullName;
        var environment = new Dictionary<string, string> { ["Qalam__Database"] = "postgres", ["ConnectionStrings__Default"] = connection };
        var urls = new[] { $"http://127.0.0.1:{FreePort()}", $"http://127.0.0.1:{FreePort()}" };
        using var a = QalamProcess.Start(environment, "serve", "--no-demo", "--data", _data, "--urls", urls[0]);
        using var b = QalamProcess.Start(environment, "serve", "--no-demo", "--data", second, "--urls", urls[1]);
        try
        {
            using var http = new HttpClient();
            var ready = await Task.WhenAll(urls.Select(u => StatusWithinAsync(http, $"{u}/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(180))));
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], ready);
            foreach (var url in urls) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url + "/")).StatusCode);

            // One of each migration, and the one settings row both instances make sure of.
            await using var db = new Npgsql.NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand(
                "SELECT (SELECT count(*) FROM \"__EFMigrationsHistory\") * 1000 + (SELECT count(*) FROM \"Settings\")", db);
            Assert.Equal(PostgresMigrations * 1000L + 1, Convert.ToInt64(await count.ExecuteScalarAsync()));
        }
        finally
        {
            a.Kill(entireProcessTree: true);
            b.Kill(entireProcessTree: true);
            postgres.Cluster.DropDatabase(connection);
            DataDirectories.Delete(second);
        }
    }

    [Fact]
    public async Task Readyz_answers_503_while_the_database_is_down_and_200_once_it_is_back()
    {
        var own = PostgresCluster.StartNew();
        try
        {
            using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string>
            {
                ["Qalam:Database"] = "postgres",
                ["ConnectionStrings:Default"] = own.CreateDatabase(),
            }, postgres: false);
            var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

            own.Stop();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

            own.Resume();
            Assert.Equal(HttpStatusCode.OK, await StatusWithinAsync(client, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(60)));
        }
        finally
        {
            own.Dispose();
        }
    }

    // A probe asks again until it gets the status or the time is up, as a load balancer does.
    private static async Task<HttpStatusCode> StatusWithinAsync(HttpClient http, string url, HttpStatusCode wanted, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            HttpStatusCode status;
            try
            {
                status = (await http.GetAsync(url)).StatusCode;
            }
            catch (HttpRequestException)
            {
                status = 0;
            }
            if (status == wanted || DateTime.UtcNow > until) return status;
            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
