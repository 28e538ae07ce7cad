using System.Net;

namespace Qalam.IntegrationTests.Caching;

/// <summary>A reader without cookies who can tell a page served from the cache (it carries Age) from one rendered anew.</summary>
public sealed class CachedReader(HttpClient client)
{
    public HttpClient Client => client;

    /// <summary>Gets each page twice, asserting it is then served from the cache.</summary>
    public async Task WarmAsync(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            await AssertStillCachedAsync(path);
        }
    }

    public async Task AssertStillCachedAsync(string path) =>
        Assert.True((await client.GetAsync(path)).Headers.Age is not null, $"{path} should still come from the cache.");

    /// <summary>The page as a reader gets it next, asserting it was rendered anew rather than served from memory.</summary>
    public async Task<string> FreshAsync(string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.Headers.Age is null, $"{path} was served from the cache after a change it shows.");
        return await response.Content.ReadAsStringAsync();
    }
}
