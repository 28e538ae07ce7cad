using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

public sealed class ArchivePageTests : IClassFixture<DemoSite>
{
    private readonly HttpClient _client;

    public ArchivePageTests(DemoSite site) => _client = site.Factory.CreateBrowserlessClient();

    private static List<DateTimeOffset> Times(IDocument doc) =>
        doc.QuerySelectorAll(".post-list time").Select(t => DateTimeOffset.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Author_page_is_headed_with_the_name_and_lists_only_their_posts_newest_first()
    {
        var doc = await _client.GetDocumentAsync("/author/salma");
        Assert.Equal("الكاتب: سلمى الورفلي", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("سلمى الورفلي", doc.QuerySelector("main h1 bdi")!.TextContent);
        Assert.Equal(
            ["إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", "تزكية من نقابة المعلمين بطرابلس", "إشادة من بلدية غريان بمبادرة الإنترنت المجتمعي",
             "مسابقة «بَرمِج لمدينتك» تعلن أسماء الفائزين", "شراكة جديدة مع جامعة عمر المختار"],
            doc.Texts(".post-list h2"));
        Assert.All(doc.QuerySelectorAll(".post-list .meta a"), a => Assert.Equal("/author/salma", a.GetAttribute("href")));
        Assert.Equal(Times(doc).OrderByDescending(t => t), Times(doc));
        Assert.Equal(5, doc.QuerySelectorAll(".post-list .excerpt").Length);
    }

    [Fact]
    public async Task Author_page_has_person_data_canonical_and_its_feeds()
    {
        var doc = await _client.GetDocumentAsync("/author/khaled");
        Assert.Equal("http://localhost/author/khaled", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("profile", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("/author/khaled/feed", doc.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
        Assert.Equal("/author/khaled/feed/atom", doc.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Person", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Khaled Ezzedine", json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Home_has_organization_data_and_the_site_feeds()
    {
        var doc = await _client.GetDocumentAsync("/");
        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Organization", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("مؤسسة واحة التقنية", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("/feed/atom", doc.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal("http://localhost/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("website", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Home_paginates_with_page_links_and_404_past_the_end()
    {
        var first = await _client.GetDocumentAsync("/");
        Assert.Equal("/?page=2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("nav.pager a[rel=prev]"));
        Assert.Equal("الصفحة 1 من 2", first.QuerySelector("nav.pager span")!.TextContent.Trim());

        var second = await _client.GetDocumentAsync("/?page=2");
        // 15 public Arabic posts in the stream (the "about us" page is not one of them; the two English posts are listed
        // at /en/): 10 on page 1, 5 on page 2.
        Assert.Equal(5, second.QuerySelectorAll(".post-list > li").Length);
        Assert.Equal("/", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Empty(first.Texts(".post-list h2").Intersect(second.Texts(".post-list h2")));
        Assert.True(Times(first).Min() >= Times(second).Max());
        Assert.DoesNotContain("من نحن", first.Texts(".post-list h2").Concat(second.Texts(".post-list h2")));

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/?page=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/author/salma?page=2")).StatusCode);
    }

    [Fact]
    public async Task Category_page_includes_its_subcategories_posts_newest_first()
    {
        var doc = await _client.GetDocumentAsync("/category/news");
        Assert.Equal("التصنيف: أخبار", doc.QuerySelector("main h1")!.TextContent.Trim());
        var titles = doc.Texts(".post-list h2");
        Assert.Contains("الاجتماع السنوي للجمعية العمومية لعام 2026", titles);
        Assert.Contains("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", titles); // filed under events, a child of news
        Assert.Equal(Times(doc).OrderByDescending(t => t), Times(doc));

        var events = await _client.GetDocumentAsync("/category/events");
        Assert.Equal("/category/news", events.QuerySelector(".parent a")!.GetAttribute("href"));
        Assert.DoesNotContain("الاجتماع السنوي للجمعية العمومية لعام 2026", events.Texts(".post-list h2"));
    }

    [Fact]
    public async Task Tag_page_lists_the_tagged_posts()
    {
        var doc = await _client.GetDocumentAsync(Urls.Tag("الأمن-السيبراني"));
        Assert.Equal("الوسم: #الأمن السيبراني", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(
            ["بيان رقم (2) لعام 2026: حول رسائل الاحتيال المنسوبة للمؤسسة", "بيان رقم (1) لعام 2026: بشأن حماية بيانات المتدربين",
             "دليل مبسط لحماية حساباتك على مواقع التواصل", "فتح باب التطوع لبرنامج «سفراء الأمان الرقمي»"],
            doc.Texts(".post-list h2"));
    }

    [Fact]
    public async Task Month_archive_lists_that_months_posts_and_404s_for_an_empty_month_or_past_its_end()
    {
        var doc = await _client.GetDocumentAsync("/2026/10/");
        Assert.Equal("الأرشيف: أكتوبر 2026", doc.QuerySelector("main h1")!.TextContent.Trim());
        var times = Times(doc);
        Assert.NotEmpty(times);
        Assert.All(times, t => Assert.Equal(10, t.ToOffset(TimeSpan.FromHours(2)).Month));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/2019/03/")).StatusCode);
        // A page past the month's last is not an empty page (a static export or a crawler would keep it).
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/2026/10/?page=9")).StatusCode);
    }

    [Fact]
    public async Task Unknown_author_category_and_tag_and_a_tag_only_drafts_carry_are_404()
    {
        // "داخلي" exists, but only a draft carries it.
        foreach (var path in new[] { "/author/nobody", "/category/nothing", Urls.Tag("لا-وسم"), Urls.Tag("داخلي") })
        {
            var response = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("الصفحة غير موجودة", (await response.ReadDocumentAsync()).QuerySelector("main h1")!.TextContent.Trim());
        }
    }
}
