using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Pages.Admin.Posts;

/// <summary>The post list's filters, bound from the query string and written back into links (paging, bulk actions).</summary>
public sealed class PostFilter
{
    public const int PageSize = 20;

    public PostStatus? Status { get; set; }
    public int? Author { get; set; }
    public int? Category { get; set; }
    public int? Tag { get; set; }
    public string? Language { get; set; }
    public PostKind? Kind { get; set; }
    /// <summary>A language code: posts whose translation group has no post in it.</summary>
    public string? Missing { get; set; }
    public string? Q { get; set; }
    public PostOrder Order { get; set; }
    /// <summary>Sent as "p": "page" is the route value Razor Pages uses for the page's own name, and would win the binding.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinder(Name = "p")]
    public int Page { get; set; } = 1;

    /// <summary>The filters as route values, empty ones left out.</summary>
    public Dictionary<string, string> ToQuery(int? page = null)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var all = new Dictionary<string, string?>
        {
            ["Status"] = Status?.ToString(),
            ["Author"] = Author?.ToString(inv),
            ["Category"] = Category?.ToString(inv),
            ["Tag"] = Tag?.ToString(inv),
            ["Language"] = Language,
            ["Kind"] = Kind?.ToString(),
            ["Missing"] = Missing,
            ["Q"] = Q,
            ["Order"] = Order == PostOrder.Published ? null : Order.ToString(),
            ["p"] = (page ?? Page) > 1 ? (page ?? Page).ToString(inv) : null,
        };
        return all.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
    }

    /// <summary>The list's address with these filters. Built by hand: "page" is a reserved route value in Razor Pages,
    /// so link generation would swallow the page number.</summary>
    public string Href(int? page = null, string? handler = null)
    {
        var query = ToQuery(page).Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value));
        if (handler is not null) query = query.Prepend(new("handler", handler));
        return "/admin/posts" + QueryString.Create(query);
    }

    /// <param name="all">Every post, for the translations a post's group has.</param>
    public IQueryable<Post> Apply(IQueryable<Post> posts, Languages languages, IQueryable<Post> all)
    {
        // "All" leaves the trash out, as editors expect; the trash is its own filter.
        posts = Status is { } s ? posts.Where(p => p.Status == s) : posts.Where(p => p.Status != PostStatus.Trash);
        if (Author is { } a) posts = posts.Where(p => p.AuthorId == a);
        if (Category is { } c) posts = posts.Where(p => p.Categories.Any(x => x.Id == c || x.ParentId == c));
        if (Tag is { } t) posts = posts.Where(p => p.Tags.Any(x => x.Id == t));
        if (languages.Find(Language)?.Code is { } language) posts = posts.Where(p => p.Language == language);
        if (languages.Find(Missing)?.Code is { } missing)
        {
            posts = posts.Where(p => p.Language != missing
                && (p.TranslationGroupId == null || !all.Any(x => x.TranslationGroupId == p.TranslationGroupId && x.Language == missing)));
        }
        if (Kind is { } k) posts = posts.Where(p => p.Kind == k);
        // Q is matched by the readers' analyser (AdminTextSearch), after these filters.
        return posts;
    }

    /// <summary>
    /// Newest publication first, as WordPress lists posts: a draft without a date sorts by its last save, so the
    /// work just written sits beside what was just published. Ties (and the other orders) are broken by id.
    /// </summary>
    public IQueryable<Post> Sort(IQueryable<Post> posts) => Order switch
    {
        PostOrder.Updated => posts.OrderByDescending(p => p.UpdatedUtc).ThenByDescending(p => p.Id),
        PostOrder.Title => posts.OrderBy(p => p.Title).ThenByDescending(p => p.Id),
        _ => posts.OrderByDescending(p => p.PublishedUtc ?? p.UpdatedUtc).ThenByDescending(p => p.Id),
    };
}

/// <summary>The orders the post list offers.</summary>
public enum PostOrder
{
    Published,
    Updated,
    Title,
}
