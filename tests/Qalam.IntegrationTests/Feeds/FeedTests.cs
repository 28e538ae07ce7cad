using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Feeds;

public sealed class FeedTests : IClassFixture<DemoSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xml = XNamespace.Xml;
    private readonly HttpClient _client;

    public FeedTests(DemoSite site) => _client = site.Factory.CreateBrowserlessClient();

    private async Task<XDocument> GetXmlAsync(string path, string contentType)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Site_rss_lists_public_posts_newest_first_with_absolute_encoded_links()
    {
        var rss = await GetXmlAsync("/feed", "application/rss+xml");
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal("مؤسسة واحة التقنية", channel.Element("title")!.Value);
        Assert.Equal("http://localhost/", channel.Element("link")!.Value);
        Assert.Equal("ar", channel.Element("language")!.Value);
        Assert.Equal("http://localhost/feed", channel.Element(Atom + "link")!.Attribute("href")!.Value);

        var items = channel.Elements("item").ToList();
        // Every public Arabic post in the stream: the "about us" page is not news, the two English posts are in /en/feed.
        Assert.Equal(15, items.Count);
        var dates = items.Select(i => DateTimeOffset.ParseExact(i.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        // The feed last changed when its newest item was last saved (each demo post was written on its publication day).
        Assert.Equal(dates[0], DateTimeOffset.ParseExact(channel.Element("lastBuildDate")!.Value, "r", CultureInfo.InvariantCulture));

        var first = items[0];
        Assert.Equal("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", first.Element("title")!.Value);
        Assert.Equal("http://localhost" + Urls.Post("إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها"), first.Element("link")!.Value);
        Assert.Equal(first.Element("link")!.Value, first.Element("guid")!.Value);
        Assert.Equal("سلمى الورفلي", first.Element(Dc + "creator")!.Value);
        Assert.StartsWith("أطلقت مؤسسة واحة التقنية", first.Element("description")!.Value);
        var html = first.Element(Content + "encoded")!.Value;
        Assert.Contains("<ul>", html);
        Assert.Contains("href=\"http://localhost/tag/", html); // hashtag links made absolute for feed readers
        Assert.All(items, i => Assert.True(Uri.IsWellFormedUriString(i.Element("link")!.Value, UriKind.Absolute)));
        Assert.DoesNotContain(items, i => i.Element("title")!.Value is "من نحن" || i.Element("title")!.Value.StartsWith("مسودة", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statements_in_the_feeds_carry_their_number_as_on_the_site()
    {
        var rss = (await GetXmlAsync("/feed", "application/rss+xml")).Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")!.Value).ToList();
        var atom = (await GetXmlAsync("/feed/atom", "application/atom+xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        foreach (var titles in new[] { rss, atom })
        {
            Assert.Contains("بيان رقم (2) لعام 2026: حول رسائل الاحتيال المنسوبة للمؤسسة", titles);
            Assert.Contains("بيان رقم (1) لعام 2026: بشأن حماية بيانات المتدربين", titles);
            Assert.Contains("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", titles);
        }
    }

    [Fact]
    public async Task Site_atom_feed_is_valid_with_entry_languages_and_dates()
    {
        var atom = await GetXmlAsync("/feed/atom", "application/atom+xml");
        var feed = atom.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("ar", feed.Attribute(Xml + "lang")!.Value);
        Assert.Equal("http://localhost/feed/atom", feed.Element(Atom + "id")!.Value);
        Assert.Equal("http://localhost/feed/atom", feed.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
        Assert.Equal("http://localhost/", feed.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "alternate").Attribute("href")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(15, entries.Count);
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(d => d), published);
        Assert.All(entries, e =>
        {
            Assert.NotEmpty(e.Element(Atom + "id")!.Value);
            Assert.NotEmpty(e.Element(Atom + "author")!.Element(Atom + "name")!.Value);
            Assert.Equal("html", e.Element(Atom + "content")!.Attribute("type")!.Value);
            Assert.EndsWith("Z", e.Element(Atom + "updated")!.Value);
        });
        Assert.All(entries, e => Assert.Equal("ar", e.Attribute(Xml + "lang")!.Value));
        // English posts are in the English feed, each entry saying its language, its links under /en/.
        var english = (await GetXmlAsync("/en/feed/atom", "application/atom+xml")).Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "title")!.Value == "Annual report 2025 now available");
        Assert.Equal("en", english.Attribute(Xml + "lang")!.Value);
        Assert.Equal("http://localhost/en/author/nour", english.Element(Atom + "author")!.Element(Atom + "uri")!.Value);
    }

    [Theory]
    [InlineData("/author/salma", 5)]
    [InlineData("/category/statements", 2)]
    [InlineData("/category/news", 6)]
    public async Task Author_and_category_feeds_carry_what_their_page_lists(string page, int count)
    {
        var doc = await _client.GetDocumentAsync(page);
        var onPage = doc.Texts(".post-list h2");
        var rss = await GetXmlAsync(page + "/feed", "application/rss+xml");
        Assert.Equal(onPage, rss.Descendants("item").Select(i => i.Element("title")!.Value));
        var atom = await GetXmlAsync(page + "/feed/atom", "application/atom+xml");
        Assert.Equal(onPage, atom.Descendants(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal(count, onPage.Count);
        Assert.Equal("http://localhost" + page, rss.Root!.Element("channel")!.Element("link")!.Value);
    }

    [Fact]
    public async Task Tag_feed_with_an_arabic_slug_lists_the_tagged_posts()
    {
        var tag = Urls.Tag("الأمن-السيبراني");
        var rss = await GetXmlAsync(tag + "/feed", "application/rss+xml");
        var channel = rss.Root!.Element("channel")!;
        Assert.Equal("#الأمن السيبراني – مؤسسة واحة التقنية", channel.Element("title")!.Value);
        Assert.Equal("http://localhost" + tag + "/feed", channel.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(4, channel.Elements("item").Count());
        var atom = await GetXmlAsync(tag + "/feed/atom", "application/atom+xml");
        Assert.Equal(4, atom.Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public async Task Feeds_of_unknown_authors_categories_and_tags_and_of_a_tag_only_drafts_carry_are_404()
    {
        foreach (var path in new[] { "/author/nobody/feed", "/category/nothing/feed/atom", Urls.Tag("لا-وسم") + "/feed", Urls.Tag("داخلي") + "/feed/atom" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
        }
    }
}
