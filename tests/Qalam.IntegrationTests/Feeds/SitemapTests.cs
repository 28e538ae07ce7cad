using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Feeds;

public sealed class SitemapTests : IClassFixture<DemoSite>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly DemoSite _site;
    private readonly HttpClient _client;

    public SitemapTests(DemoSite site)
    {
        _site = site;
        _client = site.Factory.CreateBrowserlessClient();
    }

    private static async Task<XDocument> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Locations(XDocument doc) => doc.Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList();

    [Fact]
    public async Task Sitemap_lists_home_public_posts_and_archives_with_encoded_addresses()
    {
        var doc = await ReadAsync(await _client.GetAsync("/sitemap.xml"));
        Assert.Equal(Sm + "urlset", doc.Root!.Name);
        var locs = Locations(doc);
        Assert.Equal("http://localhost/", locs[0]);
        Assert.Contains("http://localhost" + Urls.Post("إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها"), locs);
        Assert.Contains("http://localhost/about-us", locs); // pages belong in the sitemap though not in the stream
        Assert.Contains("http://localhost/author/board", locs);
        Assert.Contains("http://localhost/category/events", locs);
        Assert.Contains("http://localhost" + Urls.Tag("الأمن-السيبراني"), locs);
        // 2 homes (Arabic, English) + 4 organisation archives + 18 public posts + 4 authors + 6 categories + the tags of
        // public posts; nothing twice.
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Equal(18, locs.Count(l => !l.Contains("/author/", StringComparison.Ordinal) && !l.Contains("/category/", StringComparison.Ordinal) && !l.Contains("/tag/", StringComparison.Ordinal)
            && l != "http://localhost/" && l != "http://localhost/en/" && !Archives.Contains(l[("http://localhost".Length)..])));
        Assert.All(locs, l => Assert.Matches("^[\\x21-\\x7e]+$", l));
        // The tag only a draft carries ("داخلي") and the hidden posts are not there.
        Assert.DoesNotContain("http://localhost" + Urls.Tag("داخلي"), locs);
        Assert.DoesNotContain(locs, l => Uri.UnescapeDataString(l).Contains("مسودة", StringComparison.Ordinal));
        Assert.All(doc.Root.Elements(Sm + "url").Where(u => u.Element(Sm + "lastmod") is not null),
            u => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", u.Element(Sm + "lastmod")!.Value));
    }

    private static readonly string[] Archives = ["/statements", "/endorsements", "/partners", "/transparency"];

    private static Dictionary<string, string?> LastModified(XDocument doc) => doc.Root!.Elements(Sm + "url")
        .ToDictionary(u => u.Element(Sm + "loc")!.Value["http://localhost".Length..], u => u.Element(Sm + "lastmod")?.Value);

    [Fact]
    public async Task Sitemap_lists_the_organisation_archives_and_each_statement_at_its_permanent_address_only()
    {
        var entries = LastModified(await ReadAsync(await _client.GetAsync("/sitemap.xml")));
        Assert.Equal(["/", .. Archives], entries.Keys.Take(5));
        Assert.Contains("/statements/2026/1", entries.Keys);
        Assert.Contains("/statements/2026/2", entries.Keys);
        Assert.DoesNotContain(Urls.Post(Slug.FromText("بشأن حماية بيانات المتدربين")), entries.Keys);
        Assert.DoesNotContain(Urls.Post(Slug.FromText("حول رسائل الاحتيال المنسوبة للمؤسسة")), entries.Keys);
        // The archives change when their newest item does: statement 2 was published on 14 November at 20:00 UTC,
        // the transparency documents were filed when the demo was loaded; partners keep no date, so none is made up.
        Assert.Equal("2026-11-14T20:00:00Z", entries["/statements"]);
        Assert.Equal("2026-11-14T20:00:00Z", entries["/statements/2026/2"]);
        Assert.Equal("2026-11-20T10:00:00Z", entries["/transparency"]);
        Assert.Null(entries["/partners"]);
    }

    [Fact]
    public async Task A_demo_post_was_last_changed_when_it_was_published_in_the_sitemap_and_on_its_page()
    {
        var entries = LastModified(await ReadAsync(await _client.GetAsync("/sitemap.xml")));
        var path = Urls.Post("إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها");
        // Published two days before the demo was loaded, at 10:00 UTC; never touched since.
        Assert.Equal("2026-11-18T10:00:00Z", entries[path]);
        var page = await _client.GetDocumentAsync(path);
        Assert.Null(page.QuerySelector("article .meta .updated"));
        Assert.DoesNotContain("حُدّث", page.QuerySelector("article .meta")!.TextContent);
    }

    [Fact]
    public async Task A_large_sitemap_becomes_an_index_of_pages_that_together_list_every_address()
    {
        var all = Locations(await ReadAsync(await _client.GetAsync("/sitemap.xml")));
        using var small = _site.Factory.WithWebHostBuilder(b => b.UseSetting("Qalam:Feeds:SitemapPageSize", "10"));
        var client = small.CreateClient();

        var index = await ReadAsync(await client.GetAsync("/sitemap.xml"));
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var pages = index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        Assert.Equal((all.Count + 9) / 10, pages.Count);
        Assert.Equal("http://localhost/sitemap-1.xml", pages[0]);

        var union = new List<string>();
        foreach (var page in pages)
        {
            var locs = Locations(await ReadAsync(await client.GetAsync(new Uri(page).PathAndQuery)));
            Assert.InRange(locs.Count, 1, 10);
            union.AddRange(locs);
        }
        Assert.Equal(all, union);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{pages.Count + 1}.xml")).StatusCode);
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin()
    {
        var response = await _client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin/", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }
}
