using System.Globalization;
using Qalam.Api.Public;
using Qalam.Caching;
using Qalam.Content;
using Qalam.Search;

namespace Qalam.Api.WordPress;

/// <summary>
/// GET /wp-json/wp/v2/posts and /pages in WordPress's shapes, with its paging (page, per_page ≤ 100, X-WP-Total,
/// X-WP-TotalPages) and filters (search, categories, tags, author, slug, include). Read-only: writes answer 405.
/// </summary>
public static class WordPressApi
{
    public static RouteGroupBuilder MapWordPressPosts(this RouteGroupBuilder wp)
    {
        wp.MapGet("/posts", (HttpContext http, ContentQueries content, WordPressIds ids, PostSearch search, int? page, int? per_page,
                [Microsoft.AspNetCore.Mvc.FromQuery(Name = "search")] string? searchText, string? categories, string? tags, int? author, string? slug, string? include, string? _embed) =>
            ListAsync(http, content, ids, search, PostKind.News, page, per_page, searchText, categories, tags, author, slug, include))
            .WithName("WpListPosts").WithSummary("WordPress: list posts")
            .WithDescription("WordPress 6.1's GET /wp/v2/posts for public posts: `page`, `per_page` (1–100), `search`, `categories` and `tags` (ids, comma-separated), "
                + "`author`, `slug`, `include`, `_embed`. Totals in X-WP-Total and X-WP-TotalPages. Imported posts keep their WordPress ids.")
            .Produces<IReadOnlyList<WpPost>>().ProducesProblem(StatusCodes.Status400BadRequest);
        wp.MapGet("/posts/{id:int}", (int id, HttpContext http, ContentQueries content, WordPressIds ids, string? _embed) => OneAsync(http, content, ids, id, page: false))
            .WithName("WpGetPost").WithSummary("WordPress: one post by its WordPress id").Produces<WpPost>().ProducesProblem(StatusCodes.Status404NotFound);
        wp.MapGet("/pages", (HttpContext http, ContentQueries content, WordPressIds ids, PostSearch search, int? page, int? per_page, string? slug, string? include,
                string? _embed) => ListAsync(http, content, ids, search, PostKind.Page, page, per_page, null, null, null, null, slug, include))
            .WithName("WpListPages").WithSummary("WordPress: list pages").Produces<IReadOnlyList<WpPost>>().ProducesProblem(StatusCodes.Status400BadRequest);
        wp.MapGet("/pages/{id:int}", (int id, HttpContext http, ContentQueries content, WordPressIds ids, string? _embed) => OneAsync(http, content, ids, id, page: true))
            .WithName("WpGetPage").WithSummary("WordPress: one page by its WordPress id").Produces<WpPost>().ProducesProblem(StatusCodes.Status404NotFound);
        return wp;
    }

    internal static bool TryIds(string? text, out List<int> ids)
    {
        ids = [];
        if (string.IsNullOrWhiteSpace(text)) return true;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return false;
            ids.Add(id);
        }
        return true;
    }

    private static async Task<IResult> ListAsync(HttpContext http, ContentQueries content, WordPressIds ids, PostSearch search, PostKind kind,
        int? page, int? perPage, string? searchText, string? categories, string? tags, int? author, string? slug, string? include)
    {
        if (page is < 1) return ApiProblems.BadParameter(http, "page", "int");
        if (perPage is < 1 or > ApiPaging.MaxPerPage) return ApiProblems.BadParameter(http, "per_page", "perPage");
        if (!TryIds(categories, out var categoryIds)) return ApiProblems.BadParameter(http, "categories", "int");
        if (!TryIds(tags, out var tagIds)) return ApiProblems.BadParameter(http, "tags", "int");
        if (!TryIds(include, out var includeIds)) return ApiProblems.BadParameter(http, "include", "int");
        var size = perPage ?? ApiPaging.DefaultPerPage;
        var ct = http.RequestAborted;
        http.Tag(PageTags.Home);
        if (kind == PostKind.Page) http.Tag(PageTags.Kind(kind));
        PageOf<PostSummary> found;
        if (searchText is { Length: > 0 } text && kind != PostKind.Page)
        {
            // The site's search (analyser and ranking), ten to a page as on the site.
            var results = await search.SearchAsync(new SearchRequest(text, Page: page ?? 1), ct);
            found = new PageOf<PostSummary>(results.Hits.Select(h => h.Post).ToList(), results.Page, results.PageSize, results.Total);
        }
        else
        {
            var filter = new PostFilter(Kind: kind == PostKind.Page ? PostKind.Page : null, Slug: slug is { Length: > 0 } ? Slug.Normalize(slug) : null);
            if (author is { } a) filter = filter with { AuthorId = await ids.FindAuthorAsync(a, ct) ?? -1 };
            if (categoryIds.Count > 0) filter = filter with { CategoryIds = await MapAsync(categoryIds, ids.FindCategoryAsync, ct) };
            if (tagIds.Count > 0) filter = filter with { TagIds = await MapAsync(tagIds, ids.FindTagAsync, ct) };
            if (includeIds.Count > 0) filter = filter with { Ids = await MapAsync(includeIds, ids.FindPostAsync, ct) };
            found = await content.ListFilteredAsync(filter, page ?? 1, size, ct);
        }
        if (found.TotalCount > 0 && found.PageNumber > found.TotalPages) return ApiProblems.BadParameter(http, "page", "int");
        http.Response.Headers["X-WP-Total"] = found.TotalCount.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-WP-TotalPages"] = (found.TotalCount == 0 ? 0 : found.TotalPages).ToString(CultureInfo.InvariantCulture);
        var pages = found.TotalCount == 0 ? 0 : found.TotalPages;
        ApiPaging.Link(http, ("prev", found.PageNumber > 1 ? ApiPaging.With(http, ("page", (found.PageNumber - 1).ToString(CultureInfo.InvariantCulture))) : null),
            ("next", found.PageNumber < pages ? ApiPaging.With(http, ("page", (found.PageNumber + 1).ToString(CultureInfo.InvariantCulture))) : null));
        return Results.Ok(await WpPosts.ShapeAsync(http, content, ids, found.Items, ct));
    }

    private static async Task<List<int>> MapAsync(List<int> wpIds, Func<int, CancellationToken, Task<int?>> find, CancellationToken ct)
    {
        var mapped = new List<int>();
        foreach (var id in wpIds) if (await find(id, ct) is { } q) mapped.Add(q);
        return mapped.Count == 0 ? [-1] : mapped;
    }

    private static async Task<IResult> OneAsync(HttpContext http, ContentQueries content, WordPressIds ids, int wpId, bool page)
    {
        var ct = http.RequestAborted;
        if (await ids.FindPostAsync(wpId, ct) is not { } id) return ApiProblems.NotFound(http);
        var found = await content.ListFilteredAsync(new PostFilter(Kind: page ? PostKind.Page : null, Ids: [id]), 1, 1, ct);
        if (found.Items.Count == 0) return ApiProblems.NotFound(http);
        http.Tag(PageTags.Page(id));
        return Results.Ok((await WpPosts.ShapeAsync(http, content, ids, found.Items, ct))[0]);
    }
}
