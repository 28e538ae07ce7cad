using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

public sealed class PostPageTests : IClassFixture<DemoSite>
{
    private const string Title = "إطلاق برنامج «مهارات» للتدريب الرقمي في سبها";
    private readonly HttpClient _client;
    private readonly QalamFactory _factory;

    public PostPageTests(DemoSite site)
    {
        _factory = site.Factory;
        _client = site.Factory.CreateBrowserlessClient();
    }

    private static string PostPath => Urls.Post(Slug.FromText(Title));

    [Fact]
    public async Task Post_page_shows_title_author_date_categories_tags_and_body()
    {
        var doc = await _client.GetDocumentAsync(PostPath);
        Assert.Equal(Title, doc.QuerySelector("main h1")!.TextContent.Trim());
        var author = doc.QuerySelector("article a[rel=author]")!;
        Assert.Equal("/author/salma", author.GetAttribute("href"));
        Assert.Equal("سلمى الورفلي", author.TextContent.Trim());
        // Published 18 Nov 2026 at 10:00 UTC: noon in Tripoli, shown as Arabic readers write dates.
        Assert.Equal("18 نوفمبر 2026", doc.QuerySelector("article .meta time bdi")!.TextContent.Trim());
        Assert.Equal(["فعاليات"], doc.Texts("article .terms a[rel=category]"));
        Assert.Contains("#التدريب", doc.Texts("article .tags a[rel=tag]"));
        Assert.Contains("ستة أسابيع", doc.QuerySelector(".post-body")!.TextContent);
        Assert.Equal(3, doc.QuerySelectorAll(".post-body ul li").Length);
    }

    [Fact]
    public async Task Hashtags_in_the_body_link_to_their_tag_page()
    {
        var doc = await _client.GetDocumentAsync(PostPath);
        var hashtag = doc.QuerySelectorAll(".post-body a.hashtag").Single(a => a.TextContent == "#بناء_القدرات");
        Assert.Equal(Urls.Tag("بناء-القدرات"), hashtag.GetAttribute("href"));
        var tagPage = await _client.GetDocumentAsync(hashtag.GetAttribute("href")!);
        Assert.Contains(Title, tagPage.Texts(".post-list h2"));
    }

    [Fact]
    public async Task Post_page_links_previous_next_and_related_posts()
    {
        var doc = await _client.GetDocumentAsync(Urls.Post(Slug.FromText("الاجتماع السنوي للجمعية العمومية لعام 2026")));
        // Ordered by publish time: the statement on fraudulent messages (6 days ago) is the previous post.
        Assert.Contains("حول رسائل الاحتيال", doc.QuerySelector("nav.adjacent a[rel=prev]")!.TextContent);
        Assert.Contains("إطلاق برنامج", doc.QuerySelector("nav.adjacent a[rel=next]")!.TextContent);

        var guide = await _client.GetDocumentAsync(Urls.Post(Slug.FromText("دليل مبسط لحماية حساباتك على مواقع التواصل")));
        var related = guide.Texts(".related li a");
        Assert.NotEmpty(related);
        Assert.All(related, r => Assert.DoesNotContain("دليل مبسط", r));
        // The statements share the guide's #الأمن_السيبراني tag.
        Assert.Contains(related, r => r.Contains("حول رسائل الاحتيال", StringComparison.Ordinal) || r.Contains("بشأن حماية بيانات", StringComparison.Ordinal));
    }

    [Fact]
    public async Task English_post_is_rendered_left_to_right_in_english()
    {
        var doc = await _client.GetDocumentAsync("/en/waha-joins-regional-network");
        // The article is English, at its English address; so is the frame around it (Theme/FrameTests).
        Assert.Equal("en", doc.QuerySelector("article.post")!.GetAttribute("lang"));
        Assert.Equal("ltr", doc.QuerySelector("article.post")!.GetAttribute("dir"));
        Assert.Equal("2 November 2026", doc.QuerySelector("article .meta time bdi")!.TextContent.Trim());
        // Its neighbours and related posts are labelled in English, so they are marked English too.
        var after = doc.QuerySelectorAll("nav.adjacent, section.related").ToList();
        Assert.NotEmpty(after);
        Assert.All(after, e => Assert.Equal(("en", "ltr"), (e.Closest("[lang]")!.GetAttribute("lang"), e.Closest("[dir]")!.GetAttribute("dir"))));
        Assert.Equal("More posts", doc.QuerySelector("nav.adjacent")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Neighbours_and_related_posts_link_a_numbered_statement_at_its_official_address()
    {
        var slugs = await _factory.WithDbAsync(db => db.Posts.Where(p => p.Status == PostStatus.Published && p.Kind != PostKind.Page)
            .Select(p => p.Slug).ToListAsync());
        var statementSlug = Urls.Post("بشأن-حماية-بيانات-المتدربين");
        var links = new List<string>();
        foreach (var slug in slugs)
        {
            var doc = await _client.GetDocumentAsync(Urls.Post(slug) is var path && path == statementSlug ? "/statements/2026/1" : path);
            links.AddRange(doc.QuerySelectorAll("nav.adjacent a, section.related a").Select(a => a.GetAttribute("href")!));
        }
        Assert.Contains("/statements/2026/1", links);
        Assert.DoesNotContain(statementSlug, links);
    }

    [Fact]
    public async Task Post_page_carries_canonical_open_graph_twitter_and_news_article_data()
    {
        var doc = await _client.GetDocumentAsync(PostPath);
        var canonical = doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Equal("http://localhost" + PostPath, canonical);
        Assert.Equal(canonical, doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(Title, doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("ar_LY", doc.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Contains("سبها", doc.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        // No image of its own: the post shares its card, drawn with its title, as a large image.
        var image = doc.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.StartsWith("http://localhost/cards/", image);
        Assert.Equal("summary_large_image", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal("/feed", doc.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));

        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var article = json.RootElement;
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal(Title, article.GetProperty("headline").GetString());
        Assert.Equal("Person", article.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("سلمى الورفلي", article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Organization", article.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal(canonical, article.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal(image, article.GetProperty("image").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero), article.GetProperty("datePublished").GetDateTimeOffset());
    }

    [Fact]
    public async Task Unknown_post_is_the_arabic_404_page_in_the_site_frame()
    {
        var response = await _client.GetAsync(Urls.Post("لا-يوجد-مقال-بهذا-العنوان"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Equal("rtl", doc.DocumentElement.GetAttribute("dir"));
        Assert.Equal("الصفحة غير موجودة", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("header.site-header nav a[href='/']"));
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
