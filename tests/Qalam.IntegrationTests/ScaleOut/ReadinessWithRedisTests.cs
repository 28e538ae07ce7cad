using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// /readyz of an instance with Qalam:Redis follows Redis: 503 while it is unreachable (the load balancer should send
/// readers to an instance that hears the others' changes), 200 again once it is back, without a restart; /healthz
/// stays 200 throughout, so nothing restarts the process for it.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ReadinessWithRedisTests(RedisServer redis) : IDisposable
{
    private readonly QalamFactory _site = new(demo: false, settings: new Dictionary<string, string> { ["Qalam:Redis"] = redis.ConfigurationFor($"site-{Guid.NewGuid():N}") });

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Readyz_answers_503_while_Redis_is_down_and_200_once_it_is_back()
    {
        var probe = _site.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/readyz")).StatusCode);

        await redis.StopAsync();
        try
        {
            var down = await StatusWithinAsync(probe, "/readyz", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down);
            Assert.Equal("Unhealthy", await (await probe.GetAsync("/readyz")).Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/healthz")).StatusCode);
            // The site itself still serves: Redis is a helper, never a requirement.
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/")).StatusCode);
        }
        finally
        {
            await redis.StartAsync();
        }

        Assert.Equal(HttpStatusCode.OK, await StatusWithinAsync(probe, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(30)));
    }

    // A probe asks again until it gets the status or the time is up, as a load balancer does.
    private static async Task<HttpStatusCode> StatusWithinAsync(HttpClient http, string url, HttpStatusCode wanted, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var status = (await http.GetAsync(url)).StatusCode;
            if (status == wanted || DateTime.UtcNow > until) return status;
            await Task.Delay(200);
        }
    }
}
