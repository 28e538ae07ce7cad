using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Qalam.IntegrationTests.Pages;

/// <summary>
/// Readers are on phones on slow connections: home and a post with their stylesheets and scripts fit in 30 KB compressed,
/// and each font weight stays under 60 KB. The one script only adds a "copy link" button; everything works without it.
/// </summary>
public sealed class PageWeightTests : IClassFixture<DemoSite>
{
    private const int Budget = 30 * 1024;
    private readonly HttpClient _client;

    private readonly ITestOutputHelper _output;

    public PageWeightTests(DemoSite site, ITestOutputHelper output)
    {
        _client = site.Factory.CreateBrowserlessClient();
        _output = output;
    }

    private async Task<(byte[] Body, HttpResponseMessage Response)> GetCompressedAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/دليل-مبسط-لحماية-حساباتك-على-مواقع-التواصل")]
    public async Task A_page_its_stylesheets_and_script_weigh_at_most_30_KB_compressed_and_the_script_is_deferred_and_ours(string path)
    {
        var url = path == "/" ? path : Urls.Post(path[1..]);
        var (html, _) = await GetCompressedAsync(url);
        var plain = await _client.GetStringAsync(url);
        var doc = new HtmlParser().ParseDocument(plain);
        var scripts = doc.QuerySelectorAll("script[src]").Select(s => (Src: s.GetAttribute("src")!, Deferred: s.HasAttribute("defer"))).ToList();
        // The header's search box brings its suggestions script to every page; only a post carries share links, and
        // with them their small script.
        string[] expected = path == "/" ? ["/js/search-suggest.js"] : ["/js/search-suggest.js", "/js/share.js"];
        Assert.Equal(expected, scripts.Select(s => s.Src.Split('?')[0]).Order(StringComparer.Ordinal));
        Assert.All(scripts, s => Assert.True(s.Deferred, s.Src));
        Assert.All(doc.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));

        // Every stylesheet the page links, as served (the site's and the theme's), before fonts and images.
        var stylesheets = doc.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Contains(stylesheets, s => s.StartsWith("/theme.css?v=", StringComparison.Ordinal));
        var css = 0;
        foreach (var href in stylesheets)
        {
            var (bytes, response) = await GetCompressedAsync(href);
            Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
            css += bytes.Length;
        }

        var js = 0;
        foreach (var (src, _) in scripts) js += (await GetCompressedAsync(src)).Item1.Length;

        var total = html.Length + css + js;
        _output.WriteLine($"{path}: HTML {html.Length} B + CSS {css} B ({stylesheets.Count} sheets) + JS {js} B = {total} B brotli (HTML uncompressed: {plain.Length} characters)");
        Assert.True(total <= Budget, $"HTML {html.Length} B + CSS {css} B + JS {js} B = {total} B compressed, over the {Budget} B budget.");
        Assert.True(html.Length < plain.Length / 2, "the page was not really compressed");
    }

    [Fact]
    public async Task Each_font_the_pages_preload_weighs_at_most_60_KB_and_is_kept_for_a_year()
    {
        var doc = new HtmlParser().ParseDocument(await _client.GetStringAsync("/"));
        var fonts = doc.QuerySelectorAll("link[rel=preload][as=font]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(2, fonts.Count);
        // The other family editors can choose is held to the same budget.
        foreach (var href in fonts.Concat(Qalam.Theme.ThemeFonts.For(SiteFont.Sans)!.Faces.Select(f => f.Path + "?v=1")))
        {
            var response = await _client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("font/woff2", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            var size = (await response.Content.ReadAsByteArrayAsync()).Length;
            _output.WriteLine($"{href}: {size} B");
            Assert.InRange(size, 10 * 1024, 60 * 1024);
        }
    }
}
