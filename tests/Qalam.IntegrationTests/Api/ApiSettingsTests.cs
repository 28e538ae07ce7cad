using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Api;

/// <summary>What the API's settings change: the origins CORS lets read it, the documentation, the API as a whole.</summary>
public sealed class ApiSettingsTests
{
    [Fact]
    public async Task Named_origins_may_read_and_others_get_no_cors_headers_even_from_the_cache()
    {
        using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["Qalam:Api:CorsOrigins"] = "https://app.example.org" });
        var client = factory.CreateBrowserlessClient();

        async Task<HttpResponseMessage> FromAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/site");
            request.Headers.Add("Origin", origin);
            return await client.SendAsync(request);
        }

        Assert.Equal("https://app.example.org", (await FromAsync("https://app.example.org")).Headers.GetValues("Access-Control-Allow-Origin").Single());
        // The second request would be a cache hit if the cache ignored Origin, carrying the first origin's header.
        Assert.False((await FromAsync("https://evil.example.net")).Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://app.example.org", (await FromAsync("https://app.example.org")).Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task The_documentation_can_be_turned_off_and_the_api_stays()
    {
        using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["Qalam:Api:Docs"] = "false" });
        var client = factory.CreateBrowserlessClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/docs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/site")).StatusCode);
    }

    [Fact]
    public async Task The_whole_api_can_be_turned_off()
    {
        using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["Qalam:Api:Enabled"] = "false" });
        var client = factory.CreateBrowserlessClient();

        foreach (var path in new[] { "/api/v1/site", "/wp-json/wp/v2/posts", "/openapi/v1.json" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task The_reference_page_is_served_with_its_own_script_policy()
    {
        using var factory = new QalamFactory(demo: false);
        var client = factory.CreateBrowserlessClient();

        var page = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Qalam API</title>", await page.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self' 'unsafe-inline'", page.Headers.GetValues("Content-Security-Policy").Single());
    }
}
