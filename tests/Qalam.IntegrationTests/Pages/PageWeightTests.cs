using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Qalam.IntegrationTests.Pages;

/// <summary>
/// Readers are on phones on slow connections: a post page, its stylesheet and its one small script fit in 30 KB compressed.
/// The script only adds a "copy link" button; everything else works without it.
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

    [Fact]
    public async Task A_post_page_its_stylesheet_and_script_weigh_at_most_30_KB_compressed_and_the_script_is_deferred_and_ours()
    {
        var (html, _) = await GetCompressedAsync(Urls.Post(Slug.FromText("دليل مبسط لحماية حساباتك على مواقع التواصل")));
        var plain = await _client.GetStringAsync(Urls.Post(Slug.FromText("دليل مبسط لحماية حساباتك على مواقع التواصل")));
        var doc = new HtmlParser().ParseDocument(plain);
        var scripts = doc.QuerySelectorAll("script[src]").Select(s => (Src: s.GetAttribute("src")!, Deferred: s.HasAttribute("defer"))).ToList();
        Assert.Equal(["/js/share.js"], scripts.Select(s => s.Src.Split('?')[0]));
        Assert.All(scripts, s => Assert.True(s.Deferred, s.Src));
        Assert.All(doc.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));

        var stylesheets = doc.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Single(stylesheets);
        var (css, cssResponse) = await GetCompressedAsync(stylesheets[0]);
        Assert.Equal("text/css", cssResponse.Content.Headers.ContentType!.MediaType);

        var (js, _) = await GetCompressedAsync(scripts[0].Src);

        var total = html.Length + css.Length + js.Length;
        _output.WriteLine($"post page: HTML {html.Length} B + CSS {css.Length} B + JS {js.Length} B = {total} B brotli (HTML uncompressed: {plain.Length} characters)");
        Assert.True(total <= Budget, $"HTML {html.Length} B + CSS {css.Length} B + JS {js.Length} B = {total} B compressed, over the {Budget} B budget.");
        Assert.True(html.Length < plain.Length / 2, "the page was not really compressed");
    }
}
