using System.Net;

namespace Qalam.IntegrationTests.Api;

/// <summary>HEAD on a read route: what GET would answer, headers and all, without the body (link checkers, CDNs, monitors).</summary>
public sealed class ApiHeadTests(ApiSite site) : IClassFixture<ApiSite>
{
    private readonly HttpClient _client = site.Client;

    [Theory]
    [InlineData("/api/v1/posts?perPage=3")]
    [InlineData("/api/v1/site")]
    [InlineData("/api/v1/tags")]
    [InlineData("/wp-json/wp/v2/posts")]
    [InlineData("/wp-json/wp/v2/categories")]
    [InlineData("/wp-json/")]
    public async Task Head_answers_like_get_without_a_body(string url)
    {
        var get = await _client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        var head = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType!.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.NotNull(head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_on_a_missing_post_is_404_without_a_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/v1/posts/999999");
        var head = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
