using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Qalam.Accounts;

namespace Qalam.Api.Admin;

/// <summary>
/// Requests per token per minute (setting Qalam:Api:RequestsPerMinute). The limiter runs before authentication, so a
/// token's partition is the hash of the secret presented, which is one-to-one with the stored token: no look-up,
/// and a script that fails its own requests cannot spend another token's allowance. With Qalam:Redis a token's
/// requests are counted across every instance, so a load balancer spreading them does not multiply the allowance.
/// </summary>
public sealed class AdminApiRateLimit(int permits) : IRateLimiterPolicy<string>
{
    public const string Policy = "admin-api";
    public const string Setting = "Qalam:Api:RequestsPerMinute";
    public const int DefaultPermits = 300;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        TokenAuthentication.SecretOf(httpContext.Request) is { } secret
            ? ScaleOut.SharedWindowLimiter.Partition(httpContext.RequestServices, "admin-api:" + AccessTokens.HashOf(secret), permits, Window)
            // Without a token nothing gets past authentication; refusing costs nothing, so it is not counted.
            : RateLimitPartition.GetNoLimiter("no-token");

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await AdminApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "RateLimited", seconds);
    };
}
