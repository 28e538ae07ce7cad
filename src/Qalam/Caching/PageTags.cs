using Microsoft.AspNetCore.OutputCaching;
using Qalam.Content;

namespace Qalam.Caching;

/// <summary>
/// What a cached page shows, as tags the <see cref="PageEvictor"/> evicts by. A page tags every post, author and term
/// it renders (<see cref="ContentKeys"/>), and the lists it is (<see cref="List"/>): a post joining a category evicts
/// that category's archive, a post's new title every page that shows it, and nothing else.
/// </summary>
public static class PageTags
{
    /// <summary>On every cached page: settings, the menu and the navigation are on all of them.</summary>
    public const string Site = "site";
    public const string Home = "list:home";
    public const string Feeds = "feeds";
    public const string Sitemaps = "sitemaps";

    public static string List(string key) => "list:" + key;
    public static string Month(int year, int month) => $"list:month:{year:D4}-{month:D2}";
    public static string Year(int year) => $"list:year:{year:D4}";
    public static string Kind(PostKind kind) => $"list:kind:{kind}";
    /// <summary>The post's own page (its neighbours change when another post moves next to it).</summary>
    public static string Page(int postId) => $"page:{postId}";
    /// <summary>Pages whose "related posts" come from this tag.</summary>
    public static string Related(string tagSlug) => $"related:{tagSlug}";

    /// <summary>Adds tags to the response being cached; a request that is not cached ignores them.</summary>
    public static void Tag(this HttpContext http, params ReadOnlySpan<string> tags)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context.Tags is not { } set) return;
        foreach (var tag in tags) set.Add(tag);
    }

    /// <summary>This page will read differently at <paramref name="at"/> though nothing is written (see <see cref="PageClock"/>).</summary>
    public static void ChangesAt(this HttpContext http, DateTimeOffset at)
    {
        if (http.Features.Get<IOutputCacheFeature>() is null) return;
        http.Tag(http.RequestServices.GetRequiredService<PageClock>().Register(at));
    }

    /// <summary>A post rendered in a list, a feed or beside another post: its title, teaser, author and comment count.</summary>
    public static void Shows(this HttpContext http, PostSummary post) =>
        http.Tag(ContentKeys.Post(post.Id), ContentKeys.Author(post.Author.Slug));

    public static void Shows(this HttpContext http, IEnumerable<PostSummary> posts)
    {
        foreach (var post in posts) http.Shows(post);
    }
}
