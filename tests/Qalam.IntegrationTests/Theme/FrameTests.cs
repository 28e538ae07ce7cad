using System.Net;
using System.Text.Json;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using SkiaSharp;

namespace Qalam.IntegrationTests.Theme;

/// <summary>The frame around every public page of the demo: the menu the editors set, the footer, the icons.</summary>
public sealed class FrameTests(DemoSite site) : IClassFixture<DemoSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    [Fact]
    public async Task The_menu_is_home_then_the_editors_links_in_their_order_with_no_category_added()
    {
        var doc = await _client.GetDocumentAsync("/statements");
        var links = doc.QuerySelectorAll("header nav .nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ("الرئيسية", "/"), ("الأخبار", "/category/news"), ("البيانات الرسمية", "/statements"), ("التزكيات", "/endorsements"),
            ("الشركاء", "/partners"), ("الشفافية", "/transparency"), ("من نحن", "/about-us"),
        ], links);
        Assert.Equal(["البيانات الرسمية"], doc.QuerySelectorAll("header nav.site-nav a[aria-current=page]").Select(a => a.TextContent.Trim()));
        // The menu sits in a disclosure whose button names it, with the search box.
        Assert.Equal("القائمة", doc.QuerySelector("header details.menu > summary")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("header details.menu form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task The_footer_has_the_contact_details_the_feed_and_the_transparency_link_and_no_placeholder_social_links()
    {
        var footer = (await _client.GetDocumentAsync("/")).QuerySelector("footer.site-footer")!;
        Assert.Equal("mailto:info@waha.example", footer.QuerySelector("address a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("tel:+218215550100", footer.QuerySelector("address a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal("+218 21 555 0100", footer.QuerySelector("address a[href^='tel:']")!.TextContent.Trim());
        Assert.Contains("شارع الجمهورية، طرابلس، ليبيا", footer.QuerySelector("address")!.TextContent);
        Assert.NotNull(footer.QuerySelector("a[href='/feed']"));
        Assert.Equal("الشفافية", footer.QuerySelector("a[href='/transparency']")!.TextContent.Trim());
        // The demo has no social accounts of its own: nothing is shown, no placeholder facebook.com/ or x.com/.
        Assert.Null(footer.QuerySelector(".social"));
        Assert.DoesNotContain(footer.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("facebook.com") || (a.GetAttribute("href") ?? "").Contains("x.com"));
    }

    [Fact]
    public async Task An_english_post_at_its_english_address_is_framed_in_english_left_to_right()
    {
        var doc = await _client.GetDocumentAsync("/en/waha-joins-regional-network");
        Assert.Equal(("en", "ltr"), (doc.DocumentElement.GetAttribute("lang"), doc.DocumentElement.GetAttribute("dir")));
        Assert.Equal("Skip to main content", doc.QuerySelector("a.skip-link")!.TextContent.Trim());
        Assert.Equal("Main navigation", doc.QuerySelector("header nav.site-nav")!.GetAttribute("aria-label"));
        Assert.Equal("Home", doc.QuerySelector("header nav.site-nav a[href='/en/']")!.TextContent.Trim());
        Assert.Equal("Links", doc.QuerySelector("#footer-links")!.TextContent.Trim());
        var article = doc.QuerySelector("article.post")!;
        Assert.Equal(("en", "ltr"), (article.GetAttribute("lang"), article.GetAttribute("dir")));
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", article.QuerySelector(".meta time bdi")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_favicon_and_the_app_icons_answer_as_images_of_their_sizes()
    {
        var ico = await _client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/x-icon", ico.Content.Headers.ContentType!.MediaType);
        var bytes = await ico.Content.ReadAsByteArrayAsync();
        Assert.Equal([0, 0, 1, 0], bytes[..4]);
        Assert.Equal(3, BitConverter.ToUInt16(bytes, 4));

        var home = await _client.GetDocumentAsync("/");
        var touch = home.QuerySelector("link[rel=apple-touch-icon]")!.GetAttribute("href")!;
        Assert.Equal((180, 180), await SizeAsync(touch));
        var manifestResponse = await _client.GetAsync(home.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));
        Assert.Equal("application/manifest+json", manifestResponse.Content.Headers.ContentType!.MediaType);
        using var manifest = JsonDocument.Parse(await manifestResponse.Content.ReadAsStringAsync());
        Assert.Equal("مؤسسة واحة التقنية", manifest.RootElement.GetProperty("name").GetString());
        Assert.Equal("rtl", manifest.RootElement.GetProperty("dir").GetString());
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            var size = int.Parse(icon.GetProperty("sizes").GetString()!.Split('x')[0]);
            Assert.Equal((size, size), await SizeAsync(icon.GetProperty("src").GetString()!));
        }
    }

    [Fact]
    public async Task The_theme_stylesheet_is_fingerprinted_kept_for_a_year_and_holds_the_colours_and_the_font()
    {
        var home = await _client.GetDocumentAsync("/");
        var href = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("/theme.css", StringComparison.Ordinal));
        var css = await _client.GetAsync(href);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl!.ToString());
        var text = await css.Content.ReadAsStringAsync();
        Assert.Contains("--brand:#0b5d4b;", text);
        Assert.Contains("@media (prefers-color-scheme: dark)", text);
        Assert.Contains("font-display:swap", text);
        // The fonts the page preloads are the ones the stylesheet names, byte for byte the same address.
        var preloads = home.QuerySelectorAll("link[rel=preload][as=font]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(2, preloads.Count);
        Assert.All(preloads, p => Assert.Contains($"url({p})", text));
        Assert.All(preloads, p => Assert.NotNull(home.QuerySelector($"link[rel=preload][href='{p}'][crossorigin]")));
    }

    private async Task<(int, int)> SizeAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        return (bitmap.Width, bitmap.Height);
    }
}
