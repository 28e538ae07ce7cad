using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Faults;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// The whole multi-machine set-up of docs/deploy.md on one machine: a PostgreSQL database prepared once with
/// `Qalam migrate`, a Redis, two real `Qalam serve` processes (A and B, each its own data directory, one shared files
/// store) and nginx in front running deploy/nginx-several.conf. What an editor publishes on A is read on B and through
/// nginx; readers going through nginx do not notice an instance being killed; and a Redis outage costs freshness
/// for a moment, never pages.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class BehindNginxTests(RedisServer redis, Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const string Password = "correct horse battery staple";
    private const int Readers = 8;
    private readonly string _root = Directory.CreateTempSubdirectory("qalam-nginx-").FullName;

    public void Dispose() => DataDirectories.Delete(_root);

    [Fact]
    public async Task Two_instances_behind_nginx_share_publishing_survive_a_kill_and_a_Redis_outage()
    {
        var database = PostgresCluster.Shared.CreateDatabase();
        var settings = new Dictionary<string, string>
        {
            ["Qalam__Database"] = "postgres",
            ["ConnectionStrings__Default"] = database,
            ["Qalam__Redis"] = redis.ConfigurationFor($"site-{Guid.NewGuid():N}"),
            ["Qalam__KeyRingKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Qalam__Media__Store"] = Folder("files"),
            ["Qalam__KnownProxies"] = "127.0.0.1",
            ["LANG"] = "en_US.UTF-8",
        };
        string urlA = ServedSite.FreeUrl(), urlB = ServedSite.FreeUrl();
        var starting = new List<Task<ServedSite>>();
        ServedSite? a = null, b = null;
        NginxServer? nginx = null;
        try
        {
            var migrate = await QalamProcess.RunAsync(null, settings, "migrate", "--data", Folder("a"));
            Assert.True(migrate.ExitCode == 0, migrate.All);
            // The editor's account is made from a machine of its own, as an operator would, while the instances start.
            var user = QalamProcess.RunAsync(Password, settings, "users", "add", "--email", "editor@example.org", "--name", "محررة الموقع", "--role", "editor", "--password-stdin", "--data", Folder("admin"));
            starting.AddRange([ServedSite.StartAsync(Folder("a"), settings, urlA), ServedSite.StartAsync(Folder("b"), settings, urlB)]);
            nginx = await NginxServer.StartAsync([new Uri(urlA).Port, new Uri(urlB).Port]);
            Assert.True((await user).ExitCode == 0, (await user).All);
            (a, b) = (await starting[0], await starting[1]);
            await ReadyAsync(a);
            await ReadyAsync(b);
            using var editor = a.Browser();
            using var onB = b.Browser();
            using var front = nginx.Client(Readers);
            var signIn = await editor.PostFormAsync("/admin/sign-in", new Dictionary<string, string> { ["Email"] = "editor@example.org", ["Password"] = Password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

            // Published on A: B's cached home page is evicted through Redis, and nginx serves the post from either.
            await WarmAsync(onB, "/");
            var first = await PublishAsync(editor, "خبر نشر على المثيل الأول");
            Assert.Contains("خبر نشر على المثيل الأول", await ShownWithinAsync(onB, "/", "خبر نشر على المثيل الأول", TimeSpan.FromSeconds(3)));
            Assert.Contains("خبر نشر على المثيل الأول", await onB.GetStringAsync(first));
            for (var i = 0; i < 4; i++)
            {
                Assert.Contains("خبر نشر على المثيل الأول", await front.GetStringAsync(first));
                Assert.Contains("خبر نشر على المثيل الأول", await front.GetStringAsync("/"));
            }
            Assert.Contains($"127.0.0.1:{new Uri(urlA).Port}", nginx.AccessLog);
            Assert.Contains($"127.0.0.1:{new Uri(urlB).Port}", nginx.AccessLog);

            await KillUnderLoadAsync(b, front, ["/", first, "/feed"]);

            // B comes back on its port; nginx sends it traffic again once its fail_timeout has passed.
            b.Dispose();
            b = null;
            b = await ServedSite.StartAsync(Folder("b"), settings, urlB);
            await ReadyAsync(b);
            using var backOnB = b.Browser();

            await redis.StopAsync();
            try
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusWithinAsync(backOnB, "/readyz", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10)));
                for (var i = 0; i < 6; i++)
                {
                    Assert.Equal(HttpStatusCode.OK, (await front.GetAsync("/")).StatusCode);
                    Assert.Equal(HttpStatusCode.OK, (await front.GetAsync(first)).StatusCode);
                }
            }
            finally
            {
                await redis.StartAsync();
            }

            // Redis is back: both are ready again, and a change on A evicts B's cached page at once, not after the
            // 10 s a page is kept while changes cannot be heard.
            await ReadyAsync(a);
            await ReadyAsync(b);
            await Task.Delay(TimeSpan.FromSeconds(1));
            await WarmAsync(backOnB, "/");
            var clock = Stopwatch.StartNew();
            await PublishAsync(editor, "خبر بعد عودة Redis");
            Assert.Contains("خبر بعد عودة Redis", await ShownWithinAsync(backOnB, "/", "خبر بعد عودة Redis", TimeSpan.FromSeconds(3)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"B showed the change after {clock.Elapsed.TotalSeconds:F1} s");
            Assert.Contains("خبر بعد عودة Redis", await front.GetStringAsync("/"));
        }
        finally
        {
            nginx?.Dispose();
            a?.Dispose();
            b?.Dispose();
            foreach (var site in a is null ? starting : [])
            {
                // Instances still starting when an earlier step failed.
                try
                {
                    (await site).Dispose();
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException)
                {
                }
            }
            PostgresCluster.Shared.DropDatabase(database);
        }
    }

    /// <summary>
    /// Readers fetch pages through nginx without pause while B is killed with SIGKILL. Only requests B held at that
    /// moment may fail (nginx retries most of them on A: GETs are idempotent); every request sent after B is gone
    /// succeeds.
    /// </summary>
    private async Task KillUnderLoadAsync(ServedSite b, HttpClient front, string[] paths)
    {
        var results = new ConcurrentQueue<(TimeSpan Start, TimeSpan End, HttpStatusCode Status, string Path)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(async () =>
        {
            for (var i = r; !stop.IsCancellationRequested; i++)
            {
                var path = paths[i % paths.Length];
                var start = clock.Elapsed;
                HttpStatusCode status;
                try
                {
                    using var response = await front.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    status = response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    status = 0;
                }
                results.Enqueue((start, clock.Elapsed, status, path));
            }
        })).ToList();

        while (results.Count < 200) await Task.Delay(20);
        var killing = clock.Elapsed;
        await b.KillAsync();
        var gone = clock.Elapsed;
        var sentBefore = results.Count;
        while (results.Count < sentBefore + 400) await Task.Delay(20);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        var all = results.ToList();
        var failed = all.Where(r => r.Status != HttpStatusCode.OK).ToList();
        var inFlight = all.Count(r => r.Start < gone && r.End > killing);
        var report = $"{failed.Count} failed of {all.Count}, {inFlight} in flight at the kill: " +
            string.Join("; ", failed.Take(5).Select(f => $"{f.Path} {(int)f.Status} at {f.Start.TotalMilliseconds:F0} ms"));
        output.WriteLine(report);
        Assert.True(failed.All(f => f.Start < gone), "A request sent after the kill failed. " + report);
        Assert.True(failed.Count <= Math.Min(inFlight, Readers), report);
        Assert.True(all.Count(r => r.Start > gone) >= 300, report);
    }

    private static async Task<string> PublishAsync(HttpClient editor, string title)
    {
        var form = await editor.GetDocumentAsync("/admin/posts/new");
        var published = await editor.SubmitAsync(form, "/admin/posts/new",
            new Dictionary<string, string> { ["Form.Title"] = title, ["Form.BodyHtml"] = "<p>نص الخبر.</p>" }, "#editor-form", ("Intent", "Publish"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return "/" + Uri.EscapeDataString(title.Replace(' ', '-'));
    }

    /// <summary>Reads a page twice, so the second answer comes from the instance's page cache (it carries an Age).</summary>
    private static async Task WarmAsync(HttpClient instance, string path)
    {
        await instance.GetStringAsync(path);
        Assert.NotNull((await instance.GetAsync(path)).Headers.Age);
    }

    private static async Task<string> ShownWithinAsync(HttpClient client, string path, string expected, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var page = await client.GetStringAsync(path);
            if (page.Contains(expected, StringComparison.Ordinal) || DateTime.UtcNow > until) return page;
            await Task.Delay(100);
        }
    }

    private static async Task ReadyAsync(ServedSite site)
    {
        using var probe = site.Browser();
        Assert.Equal(HttpStatusCode.OK, await StatusWithinAsync(probe, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(30)));
    }

    private static async Task<HttpStatusCode> StatusWithinAsync(HttpClient http, string url, HttpStatusCode wanted, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var status = (await http.GetAsync(url)).StatusCode;
            if (status == wanted || DateTime.UtcNow > until) return status;
            await Task.Delay(200);
        }
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
}
