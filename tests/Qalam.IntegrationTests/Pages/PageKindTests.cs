using System.Text.Json;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>A page («من نحن») is the organisation speaking, not a dated article.</summary>
public sealed class PageKindTests : IClassFixture<DemoSite>
{
    private readonly HttpClient _client;

    public PageKindTests(DemoSite site) => _client = site.Factory.CreateBrowserlessClient();

    [Fact]
    public async Task A_page_reads_as_a_page_without_byline_date_terms_neighbours_sharing_or_comments()
    {
        var doc = await _client.GetDocumentAsync("/about-us");
        var article = doc.QuerySelector("main article.post.page")!;
        Assert.Equal("من نحن", article.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("منظمة ليبية غير ربحية", article.QuerySelector(".post-body")!.TextContent);
        Assert.Null(doc.QuerySelector("main .meta"));
        Assert.Null(doc.QuerySelector("main time"));
        Assert.Null(doc.QuerySelector("main a[rel=author]"));
        Assert.Null(doc.QuerySelector("main a[rel=category]"));
        Assert.Null(doc.QuerySelector("main .terms"));
        Assert.Null(doc.QuerySelector("nav.adjacent"));
        Assert.Null(doc.QuerySelector(".related"));
        Assert.Null(doc.QuerySelector(".share"));
        Assert.Null(doc.QuerySelector(".author-box"));
        Assert.Null(doc.QuerySelector("#comments"));
        Assert.Equal("website", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("WebPage", json.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public async Task A_post_keeps_its_byline_neighbours_and_comments()
    {
        var doc = await _client.GetDocumentAsync(Urls.Post(Slug.FromText("الاجتماع السنوي للجمعية العمومية لعام 2026")));
        Assert.NotNull(doc.QuerySelector("article .meta a[rel=author]"));
        Assert.NotNull(doc.QuerySelector("nav.adjacent"));
        Assert.NotNull(doc.QuerySelector("#comments"));
    }
}

/// <summary>A page takes comments as the site does.</summary>
public sealed class PageCommentsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_page_takes_comments_when_the_site_does()
    {
        await _factory.ChangeSettingsAsync(s => s.CommentsOpen = true);
        var doc = await _factory.CreateClient().GetDocumentAsync("/about-us");
        Assert.NotNull(doc.QuerySelector("section#comments form"));
        Assert.Null(doc.QuerySelector("main .meta"));
    }
}
