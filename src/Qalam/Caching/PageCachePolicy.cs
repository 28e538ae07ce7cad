using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Qalam.Content;

namespace Qalam.Caching;

/// <summary>
/// Which requests are served from the page cache and which responses are kept. Kept: a 200 to an anonymous GET that
/// set no cookie and asked nothing private. Never: a signed-in person or any request carrying a session cookie
/// (previews, the admin bar), a response marked private or no-store, or a page rendered while a change was being
/// announced (its data may predate the change). Scheduled posts that came due are announced first (<see cref="ScheduleHorizon"/>).
/// </summary>
internal sealed class PageCachePolicy(ContentFeed feed, ScheduleHorizon schedule, PageClock pageClock, IOptions<CacheOptions> options) : IOutputCachePolicy
{
    public const string Name = "pages";
    private const string GenerationItem = "qalam.cache.generation";
    private static readonly string[] SessionCookies = ["qalam.auth", "qalam.2fa"];
    // Every other query key (utm_source, fbclid, cache busters) gets the same page, so it cannot fill the cache.
    private static readonly string[] QueryKeys = ["page", "comment", "kind"];

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var cacheable = options.Value.Enabled && HttpMethods.IsGet(http.Request.Method) && !HasSession(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = QueryKeys;
        context.CacheVaryByRules.VaryByValues["encoding"] = Encoding(http.Request.Headers.AcceptEncoding.ToString());
        context.Tags.Add(PageTags.Site);
        if (!cacheable) return;
        await schedule.CheckAsync(http.RequestServices, ct);
        await pageClock.EvictDueAsync(ct);
        http.Items[GenerationItem] = feed.Generation;
        context.ResponseExpirationTimeSpan = feed.HearsOtherInstances ? options.Value.Lifetime : options.Value.UnheardLifetime;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct)
    {
        Observability.QalamMetrics.PageServedFromCache();
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var response = http.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase) || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || http.Items[GenerationItem] is not long generation || generation != feed.Generation)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    public static bool HasSession(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true || SessionCookies.Any(http.Request.Cookies.ContainsKey);

    /// <summary>One entry per encoding the compressor would choose, not per Accept-Encoding spelling.</summary>
    private static string Encoding(string accept) =>
        accept.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br" : accept.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip" : "";
}
