using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Media;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;

namespace Qalam.IntegrationTests.Faults;

/// <summary>
/// The data directory on a 4 MB disk that fills up: an upload and a save are refused with one message that says the
/// storage is full and nothing was saved; readers keep reading; the database stays whole and takes writes again
/// once space is freed. Needs root to mount a tmpfs; on CI (CI=true) not being able to mount is a failure.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private const string FullMessage = "مساحة التخزين على الخادم ممتلئة، فلم يُحفظ شيء من هذا الطلب";
    private readonly SmallDisk _small = SmallDisk.Mount(4);
    private readonly string _disk;
    private readonly QalamFactory? _factory;

    public FullDiskTests()
    {
        _disk = _small.Path;
        if (!_small.Mounted) return;
        File.Copy(TemplateDatabase.Path(demo: false), Path.Combine(_disk, "qalam.db"));
        _factory = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["Qalam:Data"] = _disk });
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _small.Dispose();
    }

    [Fact]
    public async Task A_full_disk_refuses_uploads_and_saves_in_one_message_and_reads_go_on()
    {
        if (!_small.Available()) return; // Not root outside CI: nothing to test here.
        var factory = _factory!;
        var editor = await factory.SignInAsync(Role.Editor);
        var saved = await editor.Client.SubmitAsync("/admin/posts/new", Post("خبر قبل امتلاء القرص", "<p>نص قصير</p>"), "#editor-form", ("Intent", "Publish"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var posts = await factory.WithDbAsync(db => db.Posts.CountAsync());
        var reader = factory.CreateBrowserlessClient();
        var slug = "/" + Uri.EscapeDataString("خبر-قبل-امتلاء-القرص");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(slug)).StatusCode);

        // Filled again before each refused request: SQLite may give back space between them (a connection that
        // closes last deletes the write-ahead log), and what must be tested is a request that meets a full disk.
        _small.Fill();
        // The pool empties, as it does when the site is idle: the files SQLite keeps beside the database must stay, or
        // making them again on the full disk would stop even reads.
        SqliteConnection.ClearAllPools();
        var media = await editor.Client.GetAsync("/admin/media");
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        var token = (await media.ReadDocumentAsync()).Token(MediaForms.UploadForm);
        var upload = await editor.Client.UploadAsync(MediaFiles.Jpeg(1600, 1200), "صورة.jpg", token: token);
        await AssertFullAsync(upload);
        var body = "<p>" + string.Concat(Enumerable.Repeat("نص طويل لا يجد مكانًا على القرص. ", 20_000)) + "</p>";
        _small.Fill();
        await AssertFullAsync(await editor.Client.SubmitAsync("/admin/posts/new", Post("خبر بعد امتلاء القرص", body), "#editor-form", ("Intent", "Publish")));

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(slug)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);

        _small.Empty();
        Assert.Equal(["ok"], await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()));
        Assert.Equal(posts, await factory.WithDbAsync(db => db.Posts.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Media.CountAsync()));
        // What the refused upload left on disk belongs to no library item; the media sweep removes it once it is old.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_disk, "media"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow - MediaSweep.MinimumAge - TimeSpan.FromHours(1));
        }
        await factory.WithScopeAsync(sp => sp.GetRequiredService<MediaSweep>().RunAsync());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_disk, "media"), "*", SearchOption.AllDirectories));
        var again = await editor.Client.SubmitAsync("/admin/posts/new", Post("خبر بعد إفراغ القرص", "<p>نص قصير</p>"), "#editor-form", ("Intent", "Publish"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    private static async Task AssertFullAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(TimeSpan.FromSeconds(600), response.Headers.RetryAfter?.Delta);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(FullMessage, page.QuerySelector(".error-page")!.TextContent);
    }

    private static Dictionary<string, string> Post(string title, string body) => new() { ["Form.Title"] = title, ["Form.BodyHtml"] = body };
}
