using System.Net;
using System.Text;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>Arabic addresses: percent-encoded in links, accepted encoded or raw, NFD answered with 301 to NFC, old slugs kept.</summary>
/// <remarks>
/// The checks of demo addresses only read, so they share one demo site. The two that add a post start their own: a new
/// post would head the home page whose first link the first check reads.
/// </remarks>
public sealed class SlugRoutingTests(DemoSite site) : IClassFixture<DemoSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    // "إطلاق" starts with alef with hamza below: one code point in NFC, two (alef + combining hamza) in NFD.
    private const string PostSlug = "إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها";

    [Fact]
    public async Task Links_to_arabic_posts_are_percent_encoded_and_both_encoded_and_raw_addresses_answer()
    {
        var home = await _client.GetDocumentAsync("/");
        var href = home.QuerySelector(".post-list h3 a")!.GetAttribute("href")!;
        Assert.Equal("/" + Uri.EscapeDataString(PostSlug), href);
        Assert.Matches("^[\\x21-\\x7e]+$", href);

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(href)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/" + PostSlug)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Urls.Tag("الأمن-السيبراني"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/tag/الأمن-السيبراني")).StatusCode);
    }

    [Fact]
    public async Task Decomposed_unicode_is_answered_with_301_to_the_nfc_address()
    {
        var nfd = PostSlug.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(PostSlug, nfd);
        var response = await _client.GetAsync("/" + Uri.EscapeDataString(nfd));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Urls.Post(PostSlug), response.Headers.Location!.OriginalString);

        var tag = "الأمن-السيبراني";
        var tagResponse = await _client.GetAsync(Urls.Tag(tag.Normalize(NormalizationForm.FormD)));
        Assert.Equal(HttpStatusCode.MovedPermanently, tagResponse.StatusCode);
        Assert.Equal(Urls.Tag(tag), tagResponse.Headers.Location!.OriginalString);

        var feedResponse = await _client.GetAsync(Urls.Tag(tag.Normalize(NormalizationForm.FormD)) + "/feed");
        Assert.Equal(HttpStatusCode.MovedPermanently, feedResponse.StatusCode);
        Assert.Equal(Urls.Tag(tag) + "/feed", feedResponse.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Upper_case_latin_slugs_redirect_to_the_lower_case_address()
    {
        // The demo's English post: straight to its lower-case address under its language's prefix, in one step.
        var response = await _client.GetAsync("/Annual-Report-2025");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/annual-report-2025", response.Headers.Location!.OriginalString);
        var prefixed = await _client.GetAsync("/en/Annual-Report-2025");
        Assert.Equal(HttpStatusCode.MovedPermanently, prefixed.StatusCode);
        Assert.Equal("/en/annual-report-2025", prefixed.Headers.Location!.OriginalString);
        var author = await _client.GetAsync("/author/Salma?page=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, author.StatusCode);
        Assert.Equal("/author/salma", author.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_renamed_post_answers_301_from_its_old_arabic_address()
    {
        using var factory = new QalamFactory(demo: true);
        var client = factory.CreateBrowserlessClient();
        var (id, oldSlug) = await factory.AddPostAsync(new NewPost("تقرير الربع الأول", "<p>نص التقرير.</p>"));
        Assert.Equal("تقرير-الربع-الأول", oldSlug);
        await factory.RenameAsync(id, "تقرير الربع الأول 2026");

        var response = await client.GetAsync(Urls.Post(oldSlug));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Urls.Post("تقرير-الربع-الأول-2026"), response.Headers.Location!.OriginalString);
        var moved = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("تقرير الربع الأول", moved.QuerySelector("main h1")!.TextContent.Trim());
        // The raw (unencoded) old address is the same address.
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync("/" + oldSlug)).StatusCode);
    }

    [Fact]
    public async Task A_hashtag_in_a_new_post_links_to_its_tag_page_which_lists_the_post()
    {
        using var factory = new QalamFactory(demo: true);
        var client = factory.CreateBrowserlessClient();
        var (_, slug) = await factory.AddPostAsync(new NewPost("لقاء مع المؤسسة الليبية للتقنية", "<p>شاركنا في لقاء #المؤسسة_الليبية_للتقنية اليوم.</p>"));
        var post = await client.GetDocumentAsync(Urls.Post(slug));
        var link = post.QuerySelector(".post-body a.hashtag")!;
        Assert.Equal("#المؤسسة_الليبية_للتقنية", link.TextContent);
        Assert.Equal("/tag/" + Uri.EscapeDataString("المؤسسة-الليبية-للتقنية"), link.GetAttribute("href"));
        // Named once: the hashtag in the text is the link, so no chip under the post repeats it.
        Assert.DoesNotContain("#المؤسسة الليبية للتقنية", post.Texts("article .tags a[rel=tag]"));

        var tagPage = await client.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Equal("الوسم: #المؤسسة الليبية للتقنية", tagPage.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(["لقاء مع المؤسسة الليبية للتقنية"], tagPage.Texts(".post-list h2"));
    }
}
