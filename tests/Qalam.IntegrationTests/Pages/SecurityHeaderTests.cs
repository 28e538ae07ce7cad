using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

public sealed class SecurityHeaderTests : IClassFixture<DemoSite>
{
    private readonly HttpClient _client;

    public SecurityHeaderTests(DemoSite site) => _client = site.Factory.CreateBrowserlessClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/about-us")]
    [InlineData("/author/salma")]
    [InlineData("/feed")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task Every_public_response_carries_the_security_headers(string path)
    {
        var response = await _client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        foreach (var path in new[] { "/", "/about-us", "/author/salma", "/category/news", "/no-such-page" })
        {
            var doc = await _client.GetDocumentAsync(path);
            Assert.Empty(doc.QuerySelectorAll("[style], style"));
            // Scripts are files from the site itself (the CSP allows no other), or structured data that never runs.
            Assert.All(doc.QuerySelectorAll("script"), s => Assert.True(
                s.GetAttribute("src") is { } src ? src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && s.TextContent.Length == 0
                    : s.GetAttribute("type") == "application/ld+json", s.OuterHtml));
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }
}
