using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Import;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// An import started from the admin on one instance, watched on another: the progress and the report are the
/// database's, so both show them; and when the instance running it dies, the other finishes it.
/// </summary>
public sealed class ImportAcrossInstancesTests
{
    // Large enough that the import runs for seconds (about 700 items a second here), so it can be watched and killed.
    private const int Posts = 3000;
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task An_import_started_on_one_instance_shows_its_progress_and_report_on_the_other()
    {
        using var two = new OneDatabase();
        var (onA, onB) = (await AdministratorOnAsync(two.A), await AdministratorOnAsync(two.B));
        var job = await StartImportAsync(onA, two.Store);

        var seen = new List<(int Done, int Total)>();
        var done = await WatchAsync(onB, job, seen);

        Assert.Contains(seen, s => s.Done > 0 && s.Done < s.Total);
        Assert.Equal("اكتمل الاستيراد", done.QuerySelector("main h2")!.TextContent.Trim());
        Assert.Equal(Posts.ToString(), Count(done, "جديد"));
        var onAToo = await onA.GetDocumentAsync(job);
        Assert.Null(onAToo.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal(Posts.ToString(), Count(onAToo, "جديد"));
        // Another import may start now, on either instance.
        Assert.Equal(HttpStatusCode.Redirect, (await StartAsync(onB, await CheckAsync(onB, Path.Combine(two.Store, "big.xml")))).StatusCode);
    }

    [Fact]
    public async Task An_import_whose_instance_was_killed_is_finished_by_the_other_once_its_lease_expires()
    {
        using var two = new OneDatabase(killable: true);
        var (onA, onB) = (await AdministratorOnAsync(two.A), await AdministratorOnAsync(two.B));
        var job = await StartImportAsync(onA, two.Store);
        var id = job.Split("job=")[1];
        // A second import is refused on the other instance while this one runs.
        Assert.Equal(HttpStatusCode.BadRequest, (await StartAsync(onB, await CheckAsync(onB, Path.Combine(two.Store, "big.xml")))).StatusCode);

        await OneDatabase.UntilAsync(async () => Progress(await onB.GetDocumentAsync(job)) is { Done: > 0 }, "progress shows on B", seconds: 120);
        var killer = OneDatabase.InstanceOf(two.A);
        two.A.Dispose(); // killed mid-import: its lease is not released

        var stalled = await onB.GetDocumentAsync(job);
        Assert.NotNull(stalled.QuerySelector("meta[http-equiv=refresh]"));
        var left = await JobAsync(two.B, id);
        Assert.Null(left.FinishedUtc);
        Assert.Equal(killer, left.Holder);
        await using (var scope = two.B.Services.CreateAsyncScope())
        {
            Assert.InRange(await scope.ServiceProvider.GetRequiredService<QalamDb>().Posts.CountAsync(), 1, Posts - 1);
        }

        // The lease's minute passes on B's clock, which wakes B's look for abandoned imports.
        two.SiteB.Clock.Advance(TimeSpan.FromSeconds(61));
        var done = await WatchAsync(onB, job, []);

        Assert.Equal("اكتمل الاستيراد", done.QuerySelector("main h2")!.TextContent.Trim());
        Assert.Equal(Posts, int.Parse(Count(done, "جديد")) + int.Parse(Count(done, "دون تغيير")));
        var finished = await JobAsync(two.B, id);
        Assert.Equal((OneDatabase.InstanceOf(two.B), 2, false), (finished.Holder, finished.Runs, finished.Failed));
        await using var after = two.B.Services.CreateAsyncScope();
        var db = after.ServiceProvider.GetRequiredService<QalamDb>();
        Assert.Equal(Posts, await db.Posts.CountAsync(p => p.Status == PostStatus.Published));
        Assert.Equal(Posts, await db.ImportedItems.CountAsync(i => i.ItemType == "post"));
    }

    private static async Task<Qalam.Import.ImportJob> JobAsync(WebApplicationFactory<Program> instance, string id) =>
        (await instance.Services.GetRequiredService<Qalam.Import.ImportJobs>().FindAsync(id))!;

    /// <summary>An administrator signed in through the instance's own form (instances do not share sign-in keys here).</summary>
    private static async Task<HttpClient> AdministratorOnAsync(WebApplicationFactory<Program> instance)
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        await using (var scope = instance.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PeopleService>().AddAsync(email, "مدير الموقع", Role.Administrator, Password);
        }
        var client = instance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostFormAsync("/admin/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Uploads a generated export, confirms the check, and returns the progress page's address.</summary>
    private static async Task<string> StartImportAsync(HttpClient client, string store)
    {
        var export = Path.Combine(store, "big.xml");
        WxrGenerator.Write(export, Posts);
        var start = await StartAsync(client, await CheckAsync(client, export));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        return start.Headers.Location!.OriginalString;
    }

    private static async Task<IDocument> CheckAsync(HttpClient client, string export)
    {
        var page = await client.GetDocumentAsync("/admin/import");
        const string form = "main form[enctype='multipart/form-data']";
        var content = new MultipartFormDataContent { { new StringContent(page.Token(form)), Forms.TokenField } };
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(export));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        content.Add(file, "export", "export.xml");
        var response = await client.PostAsync(page.QuerySelector(form)!.GetAttribute("action"), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadDocumentAsync();
    }

    private static Task<HttpResponseMessage> StartAsync(HttpClient client, IDocument check) =>
        client.PostAsync(check.QuerySelector("main form[method=post]")!.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = check.Token("main form[method=post]"), ["id"] = check.QuerySelector("input[name=id]")!.GetAttribute("value")!,
        }));

    /// <summary>Follows the progress page as its refresh would, noting each progress shown, until the import is finished.</summary>
    private static async Task<IDocument> WatchAsync(HttpClient client, string url, List<(int Done, int Total)> seen)
    {
        IDocument? page = null;
        await OneDatabase.UntilAsync(async () =>
        {
            page = await client.GetDocumentAsync(url);
            if (page.QuerySelector("meta[http-equiv=refresh]") is null) return true;
            seen.Add(Progress(page) ?? throw new InvalidOperationException("A running import's page has no progress bar."));
            return false;
        }, "the import finishes", seconds: 180);
        return page!;
    }

    private static (int Done, int Total)? Progress(IDocument page) =>
        page.QuerySelector("main progress") is { } bar ? (int.Parse(bar.GetAttribute("value")!), int.Parse(bar.GetAttribute("max")!)) : null;

    private static string Count(IDocument doc, string label) =>
        doc.QuerySelectorAll(".counts div").First(d => d.QuerySelector("dt")!.TextContent.Trim() == label).QuerySelector("dd")!.TextContent.Trim();
}
