using System.Threading.RateLimiting;

namespace Qalam.Comments;

/// <summary>
/// Each client IP may send <c>Qalam:CommentsPerTenMinutes</c> (default 5) comments in ten minutes. The address is kept
/// in memory for the window only; no IP is ever stored with a comment.
/// </summary>
public sealed class CommentRateLimit(int permits) : IDisposable
{
    public const string Setting = "Qalam:CommentsPerTenMinutes";
    public const int DefaultPermits = 5;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(ip =>
        RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 }));

    public bool TryAcquire(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
