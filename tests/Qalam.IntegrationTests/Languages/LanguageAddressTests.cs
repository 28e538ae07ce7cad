using System.Net;
using AngleSharp.Dom;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Languages;

/// <summary>
/// The demo in its two languages: Arabic, the default, at today's addresses; English under /en/, with its own listings,
/// frame, dates and digits, and the demo's English posts moved (301) from /slug to /en/slug.
/// </summary>
public sealed class LanguageAddressTests(DemoSite site) : IClassFixture<DemoSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    private async Task<IDocument> PageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.ReadDocumentAsync();
    }

    private static (string?, string?) LangDir(IDocument doc) => (doc.DocumentElement.GetAttribute("lang"), doc.DocumentElement.GetAttribute("dir"));

    [Theory]
    [InlineData("/en")]
    [InlineData("/en/")]
    public async Task The_english_home_answers_with_and_without_its_slash_in_english(string url)
    {
        var doc = await PageAsync(url);
        Assert.Equal(("en", "ltr"), LangDir(doc));
        Assert.Equal("Skip to main content", doc.QuerySelector("a.skip-link")!.TextContent.Trim());
        Assert.Equal("http://localhost/en/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        // Searching from the English frame stays in it.
        Assert.Equal("/en/search", doc.QuerySelector("form.site-search")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Each_home_lists_only_its_own_languages_posts()
    {
        var english = await PageAsync("/en/");
        var titles = english.Texts(".post-list article.card :is(h2, h3) a");
        Assert.Equal(["Annual report 2025 now available", "Waha Tech joins a regional network of digital-rights groups"], titles);
        Assert.All(english.QuerySelectorAll(".post-list article.card"), c => Assert.Equal("en", c.GetAttribute("lang")));
        Assert.All(english.QuerySelectorAll(".post-list article.card :is(h2, h3) a"), a => Assert.StartsWith("/en/", a.GetAttribute("href")));

        var arabic = await PageAsync("/");
        Assert.NotEmpty(arabic.QuerySelectorAll(".post-list article.card"));
        Assert.All(arabic.QuerySelectorAll(".post-list article.card"), c => Assert.Equal("ar", c.GetAttribute("lang")));
        Assert.DoesNotContain(arabic.Texts(".post-list article.card :is(h2, h3) a"), t => t.Contains("Annual report", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/waha-joins-regional-network", "/en/waha-joins-regional-network")]
    [InlineData("/annual-report-2025", "/en/annual-report-2025")]
    [InlineData("/annual-report-2025?utm=x", "/en/annual-report-2025")]
    public async Task An_english_post_at_its_old_address_moves_permanently_to_its_english_one(string old, string english)
    {
        var response = await _client.GetAsync(old);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(english, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(english)).StatusCode);
    }

    [Fact]
    public async Task An_arabic_post_asked_for_under_the_english_prefix_moves_to_its_own_address()
    {
        var home = await PageAsync("/");
        var href = home.QuerySelector(".post-list article.card h2 a, .post-list article.card h3 a")!.GetAttribute("href")!;
        var response = await _client.GetAsync("/en" + href);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(href, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_english_post_is_framed_in_english_with_its_date_in_english_and_western_digits()
    {
        var doc = await PageAsync("/en/waha-joins-regional-network");
        Assert.Equal(("en", "ltr"), LangDir(doc));
        Assert.Equal("Main navigation", doc.QuerySelector("header nav.site-nav")!.GetAttribute("aria-label"));
        Assert.Equal("http://localhost/en/waha-joins-regional-network", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("2 November 2026", doc.QuerySelector("article .meta time bdi")!.TextContent.Trim());
        // Its links stay in English: author and category under /en/, neighbours English posts.
        Assert.Equal("/en/author/khaled", doc.QuerySelector("article .meta a[rel=author]")!.GetAttribute("href"));
        Assert.All(doc.QuerySelectorAll("nav.adjacent a"), a => Assert.StartsWith("/en/", a.GetAttribute("href")));
        Assert.Equal("/en/annual-report-2025", doc.QuerySelector("nav.adjacent a[rel=next]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/", "/en/")]
    [InlineData("/category/news", "/en/category/news")]
    [InlineData("/category/english", "/en/category/english")]
    [InlineData("/tag/digital-rights", "/en/tag/digital-rights")]
    [InlineData("/author/nour", "/en/author/nour")]
    [InlineData("/statements", "/en/statements")]
    [InlineData("/endorsements", "/en/endorsements")]
    [InlineData("/partners", "/en/partners")]
    [InlineData("/transparency", "/en/transparency")]
    [InlineData("/search", "/en/search")]
    public async Task Every_kind_of_address_answers_in_both_languages_each_framed_in_its_own(string arabic, string english)
    {
        var ar = await PageAsync(arabic);
        Assert.Equal(("ar", "rtl"), LangDir(ar));
        Assert.Equal("تخطَّ إلى المحتوى الرئيسي", ar.QuerySelector("a.skip-link")!.TextContent.Trim());
        var en = await PageAsync(english);
        Assert.Equal(("en", "ltr"), LangDir(en));
        Assert.Equal("Skip to main content", en.QuerySelector("a.skip-link")!.TextContent.Trim());
        // The switcher leads from each to the other.
        Assert.Equal(english, Switcher(ar, "en").GetAttribute("href"));
        Assert.Equal(arabic, Switcher(en, "ar").GetAttribute("href"));
    }

    [Fact]
    public async Task A_month_archive_answers_in_english_with_only_english_posts_and_english_dates()
    {
        var post = await PageAsync("/en/annual-report-2025");
        var published = DateTimeOffset.Parse(post.QuerySelector("article .meta time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture);
        var month = $"/{published:yyyy}/{published:MM}/";
        var en = await PageAsync("/en" + month);
        Assert.Equal(("en", "ltr"), LangDir(en));
        Assert.Contains("Annual report 2025 now available", en.Texts(".post-list article.card :is(h2, h3) a"));
        Assert.All(en.QuerySelectorAll(".post-list article.card"), c => Assert.Equal("en", c.GetAttribute("lang")));
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", en.QuerySelector(".post-list .meta time bdi")!.TextContent.Trim());
        var ar = await PageAsync(month);
        Assert.DoesNotContain("Annual report 2025 now available", ar.Texts(".post-list article.card :is(h2, h3) a"));
        Assert.Equal("/en" + month, Switcher(ar, "en").GetAttribute("href"));
    }

    [Fact]
    public async Task The_switcher_names_each_language_in_itself_marks_it_and_the_current_one()
    {
        var doc = await PageAsync("/category/news");
        var links = doc.QuerySelectorAll("header nav.language-switcher a").ToList();
        Assert.Equal(["العربية", "English"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal([("ar", "ar", "rtl"), ("en", "en", "ltr")], links.Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("lang"), a.GetAttribute("dir"))));
        Assert.All(links, a => Assert.NotNull(a.QuerySelector("bdi")));
        Assert.Equal("page", links[0].GetAttribute("aria-current"));
        Assert.Null(links[1].GetAttribute("aria-current"));
        Assert.Equal("اللغات", doc.QuerySelector("header nav.language-switcher")!.GetAttribute("aria-label"));
        Assert.Equal("Languages", (await PageAsync("/en/category/news")).QuerySelector("header nav.language-switcher")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_post_without_a_translation_switches_to_the_other_languages_home_and_has_no_hreflang()
    {
        var doc = await PageAsync("/en/waha-joins-regional-network");
        Assert.Equal("/", Switcher(doc, "ar").GetAttribute("href"));
        Assert.Empty(doc.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    public async Task The_homes_name_each_other_as_alternates_and_arabic_as_the_default(string url)
    {
        var doc = await PageAsync(url);
        var alternates = doc.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal([("ar", "http://localhost/"), ("en", "http://localhost/en/"), ("x-default", "http://localhost/")], alternates);
    }

    [Fact]
    public async Task Menu_and_home_links_of_an_english_page_stay_in_english()
    {
        var doc = await PageAsync("/en/statements");
        Assert.Equal("/en/", doc.QuerySelector("header a.site-name")!.GetAttribute("href"));
        var menu = doc.QuerySelectorAll("header nav.site-nav .nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/en/", "/en/category/news", "/en/statements", "/en/endorsements", "/en/partners", "/en/transparency", "/en/about-us"], menu);
        Assert.Equal(["/en/statements"], doc.QuerySelectorAll("header nav .nav a[aria-current=page]").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/fr/")]
    [InlineData("/fr/category/news")]
    [InlineData("/EN/category/news")]
    public async Task A_prefix_the_site_does_not_publish_in_is_not_an_address(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task The_admin_keeps_its_addresses_without_a_language_prefix() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/en/admin/posts")).StatusCode);

    private static IElement Switcher(IDocument doc, string code) => doc.QuerySelector($"header nav.language-switcher a[hreflang={code}]")!;
}
