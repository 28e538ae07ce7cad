using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;

namespace Qalam.IntegrationTests.Faults;

/// <summary>
/// The real server, with editors publishing posts, numbering statements and uploading images at once over HTTP, killed
/// with SIGKILL at a random moment and started again on the same data: the database is whole, everything the server
/// answered as done is there, nothing is there that was never sent, and what is there is whole (a statement's number
/// without gaps, an image's file with its row).
/// </summary>
public sealed class KillDuringWritesTests : IDisposable
{
    private const int Workers = 4;
    private const string Password = "correct horse battery staple";
    private readonly QalamFactory _data = new(demo: false);

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Killing_the_server_mid_write_keeps_every_acknowledged_write_and_nothing_half_done()
    {
        await _data.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("kill@example.org", "محررة الاختبار", Role.Editor, Password));
        var sent = new ConcurrentDictionary<string, string>();
        var acknowledged = new ConcurrentDictionary<string, string>();
        using (var site = await ServedSite.StartAsync(_data.DataDirectory))
        {
            using var editor = site.Browser();
            var signIn = await editor.PostFormAsync("/admin/sign-in", new Dictionary<string, string> { ["Email"] = "kill@example.org", ["Password"] = Password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(() => WriteUntilKilledAsync(editor, w, sent, acknowledged, stop.Token))).ToList();
            while (acknowledged.Count < 12) await Task.Delay(50);
            await Task.Delay(Random.Shared.Next(0, 1500));
            await site.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        using (var restarted = await ServedSite.StartAsync(_data.DataDirectory))
        {
            using var reader = restarted.Browser();
            var any = acknowledged.First(a => a.Value == "post").Key;
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/" + Uri.EscapeDataString(any.Replace(' ', '-')))).StatusCode);
        }

        Assert.Equal(["ok"], await _data.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()));
        var posts = await _data.WithDbAsync(db => db.Posts.Where(p => p.Title.StartsWith("كتابة ")).Select(p => new { p.Id, p.Title, Revisions = db.Revisions.Count(r => r.PostId == p.Id) }).ToListAsync());
        var media = await _data.WithDbAsync(db => db.Media.Where(m => m.Title!.StartsWith("كتابة ")).ToListAsync());
        var present = posts.Select(p => p.Title).Concat(media.Select(m => m.Title!)).ToHashSet();
        Assert.Subset(present, acknowledged.Keys.ToHashSet());
        Assert.Subset(sent.Keys.ToHashSet(), present);
        // Beyond the acknowledged, at most the one request each editor had in flight (committed, answer lost).
        Assert.InRange(present.Except(acknowledged.Keys).Count(), 0, Workers);
        Assert.All(posts, p => Assert.True(p.Revisions > 0, $"{p.Title} has no revision"));
        Assert.All(media, m => Assert.True(File.Exists(Path.Combine(_data.DataDirectory, "media", m.StoragePath)), $"{m.Title}'s file is missing"));
        var numbers = await _data.WithDbAsync(db => db.Statements.Where(s => s.Number != null).Select(s => s.Number!.Value).ToListAsync());
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers.Order());
        Assert.Equal(posts.Count(p => sent[p.Title] == "statement"), numbers.Count);
    }

    /// <summary>One editor's tab: a post, a statement, an image, over and over, each named before it is sent.</summary>
    private static async Task WriteUntilKilledAsync(HttpClient editor, int worker, ConcurrentDictionary<string, string> sent,
        ConcurrentDictionary<string, string> acknowledged, CancellationToken stop)
    {
        var image = MediaFiles.Jpeg(64, 48);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var kind = (i % 3) switch { 0 => "post", 1 => "statement", _ => "media" };
            var title = $"كتابة {worker} {i} {kind}";
            try
            {
                HttpResponseMessage response;
                if (kind == "post")
                {
                    var form = await editor.GetDocumentAsync("/admin/posts/new");
                    sent[title] = kind;
                    response = await editor.SubmitAsync(form, "/admin/posts/new",
                        new Dictionary<string, string> { ["Form.Title"] = title, ["Form.BodyHtml"] = "<p>نص يجب ألا يضيع</p>" }, "#editor-form", ("Intent", "Publish"));
                }
                else if (kind == "statement")
                {
                    var form = await editor.GetDocumentAsync("/admin/organisation/statements/edit");
                    sent[title] = kind;
                    response = await editor.PostAsync("/admin/organisation/statements/edit?handler=publish", new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        [Forms.TokenField] = form.Token(), ["Title"] = title, ["Body"] = "<p>نص البيان</p>",
                        ["SignatureBlock"] = "المؤسسة", ["SignedOn"] = "2026-01-18",
                    }), CancellationToken.None);
                }
                else
                {
                    var token = (await editor.GetDocumentAsync("/admin/media")).Token(MediaForms.UploadForm);
                    sent[title] = kind;
                    response = await editor.UploadAsync(image, $"w{worker}-{i}.jpg", title: title, token: token);
                }
                if (response.StatusCode == HttpStatusCode.Redirect) acknowledged[title] = kind;
                else throw new Xunit.Sdk.XunitException($"{title}: {(int)response.StatusCode} before the kill");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return; // The server is gone; what was in flight is neither acknowledged nor refused.
            }
        }
    }
}
