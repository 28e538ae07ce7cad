using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>Dates in the site's time zone and Arabic month names, the digits setting, and excerpt or full text on archives.</summary>
public sealed class SiteSettingsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly HttpClient _client;

    public SiteSettingsTests() => _client = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Dates_read_as_arabic_readers_expect_in_the_tripoli_time_zone()
    {
        // 23 Jan 2026 23:30 UTC is already 24 January in Tripoli (UTC+2).
        var (_, slug) = await _factory.AddPostAsync(new NewPost("اجتماع منتصف الليل", "<p>نص.</p>")
        { AuthorSlug = null, CategorySlug = null, PublishedUtc = new DateTimeOffset(2026, 1, 23, 23, 30, 0, TimeSpan.Zero) });
        var post = await _client.GetDocumentAsync(Urls.Post(slug));
        Assert.Equal("24 يناير 2026", post.QuerySelector("article .meta time bdi")!.TextContent);
        Assert.Equal("24 يناير 2026", (await _client.GetDocumentAsync("/")).QuerySelector(".post-list time bdi")!.TextContent);

        // 31 Jan 22:30 UTC is 1 February in Tripoli: the month archives follow the site's zone, not UTC.
        var (_, edge) = await _factory.AddPostAsync(new NewPost("بداية فبراير", "<p>نص.</p>")
        { AuthorSlug = null, CategorySlug = null, PublishedUtc = new DateTimeOffset(2026, 1, 31, 22, 30, 0, TimeSpan.Zero) });
        var february = await _client.GetDocumentAsync("/2026/02/");
        Assert.Equal(["بداية فبراير"], february.Texts(".post-list h2"));
        Assert.Equal("1 فبراير 2026", february.QuerySelector(".post-list time bdi")!.TextContent);
        Assert.DoesNotContain("بداية فبراير", (await _client.GetDocumentAsync("/2026/01/")).Texts(".post-list h2"));
        Assert.NotEmpty(edge);
    }

    [Fact]
    public async Task Arabic_indic_digits_when_the_site_setting_says_so()
    {
        await _factory.AddPostAsync(new NewPost("خبر بأرقام", "<p>نص.</p>")
        { AuthorSlug = null, CategorySlug = null, PublishedUtc = new DateTimeOffset(2026, 1, 24, 9, 0, 0, TimeSpan.Zero) });
        Assert.Equal("24 يناير 2026", (await _client.GetDocumentAsync("/")).QuerySelector(".post-list time bdi")!.TextContent);

        await _factory.ChangeSettingsAsync(s => s.Digits = DigitStyle.ArabicIndic);

        var doc = await _client.GetDocumentAsync("/");
        Assert.Equal("٢٤ يناير ٢٠٢٦", doc.QuerySelector(".post-list time bdi")!.TextContent);
        // The machine-readable date stays in Western digits.
        Assert.StartsWith("2026-01-24", doc.QuerySelector(".post-list time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Archives_show_excerpts_or_the_full_text_as_the_site_setting_says()
    {
        var body = "<p>الفقرة الأولى من المقال.</p><p>الفقرة الثانية وفيها <strong>تفاصيل</strong> كاملة.</p>";
        await _factory.AddPostAsync(new NewPost("مقال طويل", body) { AuthorSlug = null, Excerpt = "ملخص قصير كتبه المحرر.", PublishedUtc = _factory.Clock.GetUtcNow().AddHours(-1) });
        var author = (await _factory.WithDbAsync(db => Task.FromResult(db.People.OrderBy(p => p.Id).First().Slug)));

        var excerpts = await _client.GetDocumentAsync(Urls.Author(author));
        Assert.Equal("ملخص قصير كتبه المحرر.", excerpts.QuerySelector(".post-list .excerpt")!.TextContent.Trim());
        Assert.Null(excerpts.QuerySelector(".post-list .post-body"));

        await _factory.ChangeSettingsAsync(s => s.ArchivesShowFullText = true);

        var full = await _client.GetDocumentAsync(Urls.Author(author));
        Assert.Null(full.QuerySelector(".post-list .excerpt"));
        Assert.Equal(2, full.QuerySelectorAll(".post-list .post-body p").Length);
        Assert.Equal("تفاصيل", full.QuerySelector(".post-list .post-body strong")!.TextContent);
        // Home always shows excerpts: it is the front page, not an archive.
        Assert.NotNull((await _client.GetDocumentAsync("/")).QuerySelector(".post-list .excerpt"));
    }
}
