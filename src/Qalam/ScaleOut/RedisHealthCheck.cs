using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Qalam.ScaleOut;

/// <summary>
/// Part of /readyz when the site has Qalam:Redis: an instance that cannot reach Redis serves pages it cannot be told
/// are stale and counts limits alone, so while another instance can reach it, the load balancer should prefer that
/// one. Each probe pings again; the client reconnects in the background, so readiness returns without a restart.
/// </summary>
internal sealed class RedisHealthCheck(SharedRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Fails at once while disconnected (no backlog), so a probe never waits on a dead server.
            await redis.Connection.GetDatabase().PingAsync();
            redis.Answered();
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Failed(e);
            return HealthCheckResult.Unhealthy("Redis does not answer.", e);
        }
    }
}
