using System.Threading.RateLimiting;

namespace Qalam.Comments;

/// <summary>
/// Each client IP may send <c>Qalam:CommentsPerTenMinutes</c> (default 5) comments in ten minutes, counted across every
/// instance when the site has Qalam:Redis. The address is kept (in memory, or in Redis) for the window only; no IP is
/// ever stored with a comment.
/// </summary>
public sealed class CommentRateLimit(int permits, IServiceProvider services) : IDisposable
{
    public const string Setting = "Qalam:CommentsPerTenMinutes";
    public const int DefaultPermits = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(ip =>
        ScaleOut.SharedWindowLimiter.Partition(services, "comment:" + ip, permits, Window));

    public async Task<bool> TryAcquireAsync(HttpContext http)
    {
        using var lease = await _limiter.AcquireAsync(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", cancellationToken: http.RequestAborted);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
