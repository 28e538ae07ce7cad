using System.Net;
using System.Xml.Linq;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Languages;

/// <summary>Each language's feeds under its prefix: its own posts, its own language and addresses.</summary>
public sealed class LanguageFeedTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    private async Task<XDocument> XmlAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_english_rss_lists_the_english_posts_at_their_english_addresses()
    {
        var channel = (await XmlAsync("/en/feed")).Root!.Element("channel")!;
        Assert.Equal("en", channel.Element("language")!.Value);
        Assert.Equal("http://localhost/en/", channel.Element("link")!.Value);
        Assert.Equal("http://localhost/en/feed", channel.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(["Annual report 2025 now available", "Waha Tech joins a regional network of digital-rights groups"],
            channel.Elements("item").Select(i => i.Element("title")!.Value));
        Assert.Equal(["http://localhost/en/annual-report-2025", "http://localhost/en/waha-joins-regional-network"],
            channel.Elements("item").Select(i => i.Element("link")!.Value));
    }

    [Fact]
    public async Task The_english_atom_feed_says_english_and_points_at_the_english_home()
    {
        var feed = (await XmlAsync("/en/feed/atom")).Root!;
        Assert.Equal("en", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("http://localhost/en/feed/atom", feed.Element(Atom + "id")!.Value);
        Assert.Equal("http://localhost/en/", feed.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "alternate").Attribute("href")!.Value);
        Assert.Equal(2, feed.Elements(Atom + "entry").Count());
    }

    [Theory]
    [InlineData("/en/category/english/feed", 2)]
    [InlineData("/en/author/nour/feed", 1)]
    [InlineData("/en/tag/digital-rights/feed", 1)]
    [InlineData("/en/category/news/feed", 0)]
    public async Task An_archives_english_feed_lists_its_english_posts(string url, int count)
    {
        var channel = (await XmlAsync(url)).Root!.Element("channel")!;
        Assert.Equal("en", channel.Element("language")!.Value);
        Assert.Equal(count, channel.Elements("item").Count());
        Assert.All(channel.Elements("item"), i => Assert.StartsWith("http://localhost/en/", i.Element("link")!.Value));
        Assert.EndsWith(url, channel.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public async Task An_english_page_links_its_english_feeds()
    {
        var response = await _client.GetAsync("/en/category/english");
        var doc = await response.ReadDocumentAsync();
        Assert.Equal(["/en/category/english/feed", "/en/category/english/feed/atom"],
            doc.QuerySelectorAll("link[rel=alternate][type^='application/']").Select(l => l.GetAttribute("href")));
        Assert.Equal("/en/feed", doc.QuerySelectorAll("footer a").Single(a => a.GetAttribute("href")!.EndsWith("/feed", StringComparison.Ordinal)).GetAttribute("href"));
    }
}

/// <summary>The sitemap lists each language's addresses, each home naming the others.</summary>
public sealed class LanguageSitemapTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task The_sitemap_lists_english_posts_at_their_english_addresses_and_both_homes_as_alternates()
    {
        var doc = XDocument.Parse(await site.Factory.CreateBrowserlessClient().GetStringAsync("/sitemap.xml"));
        var urls = doc.Root!.Elements(Sm + "url").ToList();
        var locs = urls.Select(u => u.Element(Sm + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/en/annual-report-2025", locs);
        Assert.Contains("http://localhost/en/waha-joins-regional-network", locs);
        Assert.DoesNotContain("http://localhost/annual-report-2025", locs);
        foreach (var home in new[] { "http://localhost/", "http://localhost/en/" })
        {
            var links = urls.Single(u => u.Element(Sm + "loc")!.Value == home).Elements(Xhtml + "link")
                .Select(l => (l.Attribute("rel")!.Value, l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value));
            Assert.Equal([("alternate", "ar", "http://localhost/"), ("alternate", "en", "http://localhost/en/"), ("alternate", "x-default", "http://localhost/")], links);
        }
    }
}
