using Microsoft.AspNetCore.OutputCaching;

namespace Qalam.Caching;

/// <summary>
/// The public pages served from the page cache. Not listed, so never cached: search (its results are per query),
/// share links and documents (confidential or access-checked), the comment form's answer, errors and the admin.
/// Feeds, sitemaps and robots.txt opt in where they are mapped (<c>.CacheOutput(PageCachePolicy.Name)</c>).
/// </summary>
public static class CachedPages
{
    public static readonly string[] Pages =
    [
        "/Index", "/Archive", "/Author", "/Category", "/Tag", "/Term", "/Post",
        "/Organisation/Endorsements", "/Organisation/Partner", "/Organisation/Partners",
        "/Organisation/Statement", "/Organisation/Statements", "/Organisation/Transparency",
    ];

    public static IMvcBuilder AddQalamPageCache(this IMvcBuilder mvc) => mvc.AddRazorPagesOptions(o =>
    {
        foreach (var page in Pages)
        {
            o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PageCachePolicy.Name }));
        }
    });
}
