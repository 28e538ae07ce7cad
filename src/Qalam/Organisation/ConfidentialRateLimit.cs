using System.Globalization;
using System.Threading.RateLimiting;

namespace Qalam.Organisation;

/// <summary>
/// How often confidential files may be handed out: each account or share link, and each client IP, may take
/// <c>Qalam:ConfidentialDownloadsPerMinute</c> (default 30) a minute, whichever runs out first. A stamped copy costs a
/// PDF rewrite, and a burst of them is what a scraping script or a leaked link looks like.
/// </summary>
public sealed class ConfidentialRateLimit : IDisposable
{
    public const string Setting = "Qalam:ConfidentialDownloadsPerMinute";
    public const int DefaultPermitsPerWindow = 30;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly record struct Requester(string? Holder, string Ip);

    private readonly PartitionedRateLimiter<Requester> _limiter;

    /// <param name="services">With Qalam:Redis, uses are counted across every instance.</param>
    public ConfidentialRateLimit(int permits, IServiceProvider services)
    {
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Requester, string>(r => r.Holder is null ? RateLimitPartition.GetNoLimiter("") : Fixed(services, "confidential:holder:" + r.Holder, permits)),
            PartitionedRateLimiter.Create<Requester, string>(r => Fixed(services, "confidential:ip:" + r.Ip, permits)));
    }

    /// <summary>
    /// Takes one use for <paramref name="holder"/> (e.g. "person:5", "link:3"; null when there is none yet) from this
    /// request's IP. Null when allowed; otherwise how long to wait, and the response already carries it as Retry-After.
    /// </summary>
    public async Task<TimeSpan?> TryAcquireAsync(string? holder, HttpContext http)
    {
        using var lease = await _limiter.AcquireAsync(new Requester(holder, http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), cancellationToken: http.RequestAborted);
        if (lease.IsAcquired) return null;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        return TimeSpan.FromSeconds(seconds);
    }

    private static RateLimitPartition<string> Fixed(IServiceProvider services, string key, int permits) =>
        ScaleOut.SharedWindowLimiter.Partition(services, key, permits, Window);

    public void Dispose() => _limiter.Dispose();
}
