using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;
using Qalam.IntegrationTests.Organisation;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Backups;

/// <summary>
/// The main proof: a backup taken while an author keeps publishing is whole, and a site restored from a backup answers
/// every public address, media file, confidential download and sign-in exactly as the original does.
/// </summary>
public sealed partial class RestoredSiteTests : IDisposable
{
    private readonly QalamFactory _site = new(demo: true);
    // Its template database is removed before the restore: the restore fills its empty data directory.
    private readonly QalamFactory _restored = new(demo: true);
    private readonly string _folder = Directory.CreateTempSubdirectory("qalam-backups-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        _restored.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_an_author_publishes_is_whole_and_counts_only_finished_posts()
    {
        var author = await _site.SignedInClientAsync(Role.Author, "author@backup.example");
        var before = await _site.WithDbAsync(db => db.Posts.CountAsync());
        using var stop = new CancellationTokenSource();
        var saved = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await author.SubmitAsync("/admin/posts/new", new Dictionary<string, string>
                {
                    ["Form.Title"] = $"خبر عاجل رقم {saved + 1}", ["Form.BodyHtml"] = $"<p>نص الخبر رقم {saved + 1}</p>",
                }, "#editor-form", ("Intent", "Publish"));
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Interlocked.Increment(ref saved);
            }
        });
        while (Volatile.Read(ref saved) < 2) await Task.Delay(20);

        var atStart = Volatile.Read(ref saved);
        var backup = await BackupRun.BackupAsync(_site.DataDirectory, Path.Combine(_folder, "busy.tar"));
        var atEnd = Volatile.Read(ref saved);
        await stop.CancelAsync();
        await writer;

        BackupRun.Succeeded(backup);
        Assert.True(atEnd > atStart, $"No post was saved while the backup ran ({atStart} before, {atEnd} after).");
        var verify = await BackupRun.VerifyAsync(Path.Combine(_folder, "busy.tar"));
        BackupRun.Succeeded(verify);
        var archived = int.Parse(PostsCount().Match(verify.Output).Groups[1].Value);
        Assert.InRange(archived, before + atStart, before + atEnd);
    }

    [Fact]
    public async Task A_restored_site_answers_every_public_address_file_download_and_sign_in_as_the_original()
    {
        var people = new[] { (Role.Administrator, "admin@backup.example"), (Role.Editor, "editor@backup.example"), (Role.Author, "author@backup.example") };
        var clients = new List<HttpClient>();
        foreach (var (role, email) in people) clients.Add(await _site.SignedInClientAsync(role, email));
        var admin = clients[0];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync(MediaFiles.Jpeg(900, 600), "صورة-الغلاف.jpg")).StatusCode);
        var key = await _site.UploadConfidentialAsync(admin, "عقد الإيجار السنوي", Role.Editor);

        var file = Path.Combine(_folder, "site.tar");
        BackupRun.Succeeded(await BackupRun.BackupAsync(_site.DataDirectory, file));
        File.Delete(Path.Combine(_restored.DataDirectory, "qalam.db"));
        var restore = await BackupRun.RestoreAsync(file, _restored.DataDirectory);
        BackupRun.Succeeded(restore);

        var original = _site.CreateBrowserlessClient();
        var copy = _restored.CreateBrowserlessClient();
        var urls = await PublicAddressesAsync(original);
        Assert.True(urls.Count > 30, $"Only {urls.Count} public addresses found.");
        foreach (var url in urls)
        {
            var (a, b) = (await original.GetAsync(url), await copy.GetAsync(url));
            Assert.Equal(a.StatusCode, b.StatusCode);
            Assert.Equal(a.Content.Headers.ContentType?.ToString(), b.Content.Headers.ContentType?.ToString());
            Assert.True(Timeless(await a.Content.ReadAsStringAsync()) == Timeless(await b.Content.ReadAsStringAsync()), $"{url} differs after the restore.");
        }

        var media = Directory.EnumerateFiles(Path.Combine(_site.DataDirectory, "media"), "*", SearchOption.AllDirectories).ToList();
        Assert.True(media.Count >= 5, $"Only {media.Count} media files: the upload and its resized variants were expected.");
        foreach (var path in media)
        {
            var url = "/media/" + string.Join('/', Path.GetRelativePath(Path.Combine(_site.DataDirectory, "media"), path).Split('/').Select(Uri.EscapeDataString));
            var (a, b) = (await original.GetAsync(url), await copy.GetAsync(url));
            Assert.Equal(a.StatusCode, b.StatusCode);
            Assert.Equal(await a.Content.ReadAsByteArrayAsync(), await b.Content.ReadAsByteArrayAsync());
        }

        // Each person signs in to the restored site with their own password; the owner downloads the confidential file,
        // which opens only with the restored key ring.
        var signedIn = new List<HttpClient>();
        foreach (var (_, email) in people)
        {
            var client = _restored.CreateBrowserlessClient();
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
            signedIn.Add(client);
        }
        var download = $"/admin/documents/{key}/download";
        var (before, after) = (await admin.GetAsync(download), await signedIn[0].GetAsync(download));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(PdfWords(await before.Content.ReadAsByteArrayAsync()), PdfWords(await after.Content.ReadAsByteArrayAsync()));
        Assert.Equal(await _site.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Email + " " + p.Role).ToListAsync()),
            await _restored.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Email + " " + p.Role).ToListAsync()));
    }

    /// <summary>Every address in the sitemaps, the sitemaps themselves, the feeds and robots.txt.</summary>
    internal static async Task<List<string>> PublicAddressesAsync(HttpClient client)
    {
        var urls = new List<string> { "/robots.txt", "/feed", "/feed/atom", "/sitemap.xml" };
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        // A small site's sitemap.xml lists the pages itself; a large one's is an index of numbered sitemaps.
        var maps = new List<XDocument> { XDocument.Parse(await client.GetStringAsync("/sitemap.xml")) };
        foreach (var page in maps[0].Descendants(sm + "sitemap").Select(s => new Uri(s.Element(sm + "loc")!.Value).PathAndQuery).ToList())
        {
            urls.Add(page);
            maps.Add(XDocument.Parse(await client.GetStringAsync(page)));
        }
        urls.AddRange(maps.SelectMany(m => m.Descendants(sm + "url")).Select(u => new Uri(u.Element(sm + "loc")!.Value).PathAndQuery));
        return urls.Distinct().ToList();
    }

    /// <summary>
    /// A page without what is made afresh for each request: the antiforgery token in forms and the script nonce
    /// (both random by design). Dates need no removing: both sites run on the same fixed test clock.
    /// </summary>
    internal static string Timeless(string body) => RequestUnique().Replace(body, m => m.Groups[1].Value + m.Groups[2].Value + "…");

    /// <summary>The words of a stamped copy without the copy's own number, which each download gets anew.</summary>
    private static string PdfWords(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return CopyId().Replace(string.Join(" ", doc.GetPages().Select(p => p.Text)), "…");
    }

    [GeneratedRegex(@"(name=""__RequestVerificationToken"" type=""hidden"" value="")[^""]+|(nonce="")[^""]+")]
    private static partial Regex RequestUnique();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex CopyId();

    [GeneratedRegex(@"Posts (\d+)")]
    private static partial Regex PostsCount();
}
