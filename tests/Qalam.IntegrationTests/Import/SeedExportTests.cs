using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Qalam.Import;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>The organisation's real WordPress 6.1 export, imported into an empty Qalam.</summary>
public sealed partial class SeedExportTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private Task<ImportReport> ImportSeedAsync(bool dryRun = false) =>
        _factory.ImportAsync(new ImportOptions(Wxr.Fixture("wordpress-6.1-seed-export.xml"), DryRun: dryRun));

    [Fact]
    public async Task Alaas_author_page_shows_the_same_posts_in_the_same_order_with_the_same_titles_and_text_as_on_wordpress()
    {
        await ImportSeedAsync();
        // WordPress's author archive shows whole posts; Qalam's shows them when this setting is on.
        await _factory.WithDbAsync(async db => { (await db.Settings.SingleAsync()).ArchivesShowFullText = true; return await db.SaveChangesAsync(); });

        var response = await _factory.CreateBrowserlessClient().GetAsync("/author/alaa");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains("Alaa Elsagier", doc.QuerySelector("main h1")!.TextContent);
        var articles = doc.QuerySelectorAll("ol.post-list article");
        var qalam = string.Join(" ", articles.Select(a => a.QuerySelector("h2")!.TextContent + " " + a.QuerySelector(".post-body")!.TextContent));

        var seed = await File.ReadAllTextAsync(Wxr.Fixture("organisation-author-page.txt"));
        var wordpress = seed[(seed.IndexOf("الكاتب: Alaa Elsagier", StringComparison.Ordinal) + "الكاتب: Alaa Elsagier".Length)..];
        Assert.Equal(10, articles.Length);
        Assert.Equal(Words(wordpress), Words(qalam));
    }

    [Fact]
    public async Task Each_post_keeps_its_decoded_arabic_slug_date_and_author()
    {
        await ImportSeedAsync();
        var post = await _factory.WithDbAsync(db => db.Posts.Include(p => p.Author).SingleAsync(p => p.Title == "الإجتماع السنوي لمجلس الأمناء – 2026"));
        Assert.Equal("الإجتماع-السنوي-لمجلس-الأمناء-2026", post.Slug);
        Assert.Equal(new DateTimeOffset(2026, 1, 25, 8, 0, 0, TimeSpan.Zero), post.PublishedUtc);
        Assert.Equal(("alaa", null), (post.Author.Slug, post.Author.PasswordHash));
        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/" + Uri.EscapeDataString(post.Slug));
        Assert.Equal(post.Title, page.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_old_address_of_a_post_answers_301_with_its_qalam_address()
    {
        await ImportSeedAsync();
        var client = _factory.CreateBrowserlessClient();
        var slug = "الإجتماع-السنوي-لمجلس-الأمناء-2026";
        var target = "/" + Uri.EscapeDataString(slug);
        foreach (var old in new[] { "/?p=4", "/2026/01/25/" + Uri.EscapeDataString(slug) + "/", "/2026/01/25/" + slug, "/2026/01/" + Uri.EscapeDataString(slug) })
        {
            var response = await client.GetAsync(old);
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{old} answered {(int)response.StatusCode}");
            Assert.Equal(target, response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Old_category_tag_and_author_query_addresses_answer_301()
    {
        await ImportSeedAsync();
        var client = _factory.CreateBrowserlessClient();
        var cases = new Dictionary<string, string>
        {
            ["/?cat=2"] = "/category/" + Uri.EscapeDataString("أخبار-المؤسسة"),
            ["/?tag=%d8%a7%d9%84%d9%85%d8%a4%d8%b3%d8%b3%d8%a9_%d8%a7%d9%84%d9%84%d9%8a%d8%a8%d9%8a%d8%a9_%d9%84%d9%84%d8%aa%d9%82%d9%86%d9%8a%d8%a9"] = "/tag/" + Uri.EscapeDataString("المؤسسة_الليبية_للتقنية"),
            ["/?author=2"] = "/author/alaa",
        };
        foreach (var (old, target) in cases)
        {
            var response = await client.GetAsync(old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(target, response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Running_the_same_import_again_creates_and_updates_nothing()
    {
        var first = await ImportSeedAsync();
        var counts = await CountsAsync();
        var second = await ImportSeedAsync();
        Assert.Equal((10, 0), (first.Created, first.Updated));
        Assert.Equal((0, 0, 10), (second.Created, second.Updated, second.Unchanged));
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_writes_nothing()
    {
        var before = await CountsAsync();
        var report = await ImportSeedAsync(dryRun: true);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(10, report.Created);
        Assert.Equal(10, report.ItemsByTypeAndStatus["post/publish"]);
        Assert.Equal(10, report.UnknownMetaKeys["_lab_idx"]);
        Assert.Contains("Dry run", report.ToText());
    }

    private Task<(int Posts, int People, int Redirects, int Revisions, int Imported)> CountsAsync() => _factory.WithDbAsync(async db =>
        (await db.Posts.CountAsync(), await db.People.CountAsync(), await db.Redirects.CountAsync(), await db.Revisions.CountAsync(), await db.ImportedItems.CountAsync()));

    /// <summary>Text as a reader sees it: list bullets and spacing differences between the two renderings set aside.</summary>
    private static string Words(string text) => Space().Replace(text.Replace("•", " "), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
