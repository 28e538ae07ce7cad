using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Qalam.ScaleOut;

/// <summary>
/// A fixed window counted in Redis, so a client spends one allowance across every instance of the site. While Redis
/// is unreachable it fails open to this instance's own window of the same size: the limit one machine would apply.
/// Acquire it with AcquireAsync: while Redis answers, AttemptAcquire refuses without counting.
/// </summary>
public sealed class SharedWindowLimiter(SharedRedis redis, string name, int permits, TimeSpan window) : RateLimiter
{
    // One round trip: count, start the window on the first use, and say how much of it is left.
    private const string Count = """
        local n = redis.call('INCR', KEYS[1])
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          left = tonumber(ARGV[1])
        end
        return {n, left}
        """;

    /// <summary>A partition of a limiter: counted in Redis when the site has it (Qalam:Redis), else in this instance's memory.</summary>
    public static RateLimitPartition<string> Partition(IServiceProvider services, string key, int permits, TimeSpan window) =>
        services.GetService<SharedRedis>() is { } redis
            ? RateLimitPartition.Get(key, k => new SharedWindowLimiter(redis, k, permits, window))
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private readonly FixedWindowRateLimiter _alone = new(new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private RedisKey Key => redis.Key($"rate:{name}");

    public override TimeSpan? IdleDuration => _alone.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _alone.GetStatistics();

    // Redis is asked only asynchronously (a blocking call could wait on the thread pool it holds). A refused attempt
    // is not final: callers then acquire asynchronously, as the rate-limiting middleware does.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 || !redis.IsConnected ? _alone.AttemptAcquire(permitCount) : new WindowLease(false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0 || !redis.IsConnected) return await _alone.AcquireAsync(permitCount, cancellationToken);
        try
        {
            var counted = (RedisResult[])(await redis.Connection.GetDatabase().ScriptEvaluateAsync(Count, [Key], [(long)window.TotalMilliseconds]))!;
            redis.Answered();
            return Decide(counted, permits);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Failed(e);
            return await _alone.AcquireAsync(permitCount, cancellationToken);
        }
    }

    private static WindowLease Decide(RedisResult[] result, int permits) =>
        (long)result[0] <= permits ? new WindowLease(true, null) : new WindowLease(false, TimeSpan.FromMilliseconds(Math.Max(1, (long)result[1])));

    protected override void Dispose(bool disposing)
    {
        if (disposing) _alone.Dispose();
        base.Dispose(disposing);
    }

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
