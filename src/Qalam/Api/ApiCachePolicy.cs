using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Qalam.Caching;

namespace Qalam.Api;

/// <summary>
/// The page cache's own policy (anonymous GETs, tags, evicted by the change feed, ETag and 304 from PageValidators),
/// varied by the API's query parameters rather than the pages' few, and by Origin when CORS names origins (the
/// allowed origin is echoed in a header the cached copy keeps).
/// </summary>
internal sealed class ApiCachePolicy : IOutputCachePolicy
{
    public const string Name = "api";

    private static readonly string[] QueryKeys =
    [
        "page", "per_page", "perPage", "cursor", "author", "category", "tag", "kind", "language", "month", "year",
        "search", "categories", "tags", "slug", "include", "exclude", "_embed", "_fields", "orderby", "order", "context",
    ];

    private static PageCachePolicy Pages(OutputCacheContext c) => c.HttpContext.RequestServices.GetRequiredService<PageCachePolicy>();

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        await Pages(context).CacheRequestAsync(context, ct);
        context.CacheVaryByRules.QueryKeys = QueryKeys;
        // A key's presence matters where its value does not (?_embed, ?cursor=): the cache would take "absent" for "empty".
        var query = context.HttpContext.Request.Query;
        context.CacheVaryByRules.VaryByValues["present"] = string.Join(',', QueryKeys.Where(query.ContainsKey));
        var api = context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
        if (api.Origins().Length > 0) context.CacheVaryByRules.HeaderNames = "Origin";
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => Pages(context).ServeFromCacheAsync(context, ct);

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => Pages(context).ServeResponseAsync(context, ct);
}
