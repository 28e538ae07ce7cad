using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>What a phone on a slow line downloads once: the stylesheet the pages link, by its content hash, kept for good.</summary>
public sealed class AssetCachingTests : IDisposable
{
    private readonly QalamFactory _factory = new();
    private readonly HttpClient _reader;

    public AssetCachingTests() => _reader = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_stylesheet_a_page_links_is_fingerprinted_compressed_and_kept_for_a_year()
    {
        var home = await _reader.GetDocumentAsync("/");
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.css\?v=[\w-]{20,}$", href);

        var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.AcceptEncoding.ParseAdd("br");
        var css = await _reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl!.ToString());
        Assert.Contains("br", css.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task An_asset_asked_for_without_its_fingerprint_is_checked_again_within_the_hour()
    {
        var css = await _reader.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("public, max-age=3600", css.Headers.CacheControl!.ToString());
    }
}
