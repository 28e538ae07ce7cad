using System.Globalization;
using Qalam.Caching;
using Qalam.Content;

namespace Qalam.Api.Public;

/// <summary>GET /api/v1/posts (paged by number or by cursor, filtered) and one post by id or slug.</summary>
public static class PostsApi
{
    public static RouteGroupBuilder MapPostsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/posts", ListAsync).WithName("ListPosts")
            .WithSummary("List public posts, newest first")
            .WithDescription("Paged by number (`page`, `perPage`) with `Link` and `X-Total-Count` headers, or by `cursor` (start with `cursor=` empty, "
                + "then follow `nextCursor` or the `next` link). Filters combine: `author`, `category`, `tag` (slugs), `kind`, `language`, `month` (YYYY-MM, the site's time zone). "
                + "Pages (\"about us\") are listed only with `kind=page`.\n\n" + ApiSetup.Arabic("المنشورات العامة، الأحدث أولاً، مع ترقيم بالصفحات أو بالمؤشر."))
            .Produces<ApiPage<ApiPostSummary>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/posts/{id:int}", ByIdAsync).WithName("GetPost").WithSummary("One public post by id")
            .Produces<ApiPost>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/posts/slug/{slug}", BySlugAsync).WithName("GetPostBySlug").WithSummary("One public post by its slug")
            .WithDescription("The slug as in the post's address, e.g. `تقرير-المياه` (percent-encoded in the URL).")
            .Produces<ApiPost>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, ContentQueries content, int? page, int? perPage, string? cursor,
        string? author, string? category, string? tag, string? kind, string? language, string? month)
    {
        if (page is < 1) return ApiProblems.BadParameter(http, "page", "int");
        if (perPage is < 1 or > ApiPaging.MaxPerPage) return ApiProblems.BadParameter(http, "perPage", "perPage");
        var size = perPage ?? ApiPaging.DefaultPerPage;
        var shapes = await ApiShapes.ForAsync(http);
        var (filter, problem) = await PostQuery.ResolveAsync(http, content, shapes, author, category, tag, kind, language, month);
        if (problem is not null) return problem;
        TagList(http, filter, author, category, tag, month);
        if (cursor is not null)
        {
            PostCursor? after = null;
            if (cursor.Length > 0 && !PostQuery.TryReadCursor(cursor, out after)) return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "BadCursor");
            // One more than asked tells whether a next page exists without counting the whole list.
            var found = filter is null ? [] : await content.ListFilteredAfterAsync(filter, after, size + 1, http.RequestAborted);
            var items = found.Take(size).ToList();
            var nextCursor = found.Count > size ? PostQuery.Cursor(items[^1]) : null;
            var next = nextCursor is null ? null : ApiPaging.With(http, ("cursor", nextCursor), ("page", null));
            ApiPaging.Link(http, ("first", ApiPaging.With(http, ("cursor", ""), ("page", null))), ("next", next));
            return Results.Ok(new ApiPage<ApiPostSummary>(await SummariesAsync(http, content, shapes, items), null, null, null, next, nextCursor));
        }
        var result = filter is null ? new PageOf<PostSummary>([], page ?? 1, size, 0)
            : await content.ListFilteredAsync(filter, page ?? 1, size, http.RequestAborted);
        http.Response.Headers["X-Total-Count"] = result.TotalCount.ToString(CultureInfo.InvariantCulture);
        var nextPage = ApiPaging.LinkPages(http, result.PageNumber, result.TotalPages);
        return Results.Ok(new ApiPage<ApiPostSummary>(await SummariesAsync(http, content, shapes, result.Items), result.PageNumber, result.TotalPages,
            result.TotalCount, nextPage, null));
    }

    /// <summary>The lists this answer is, so a post joining or leaving one evicts it (see PageEvictor).</summary>
    private static void TagList(HttpContext http, PostFilter? filter, string? author, string? category, string? tag, string? month)
    {
        // Every post that appears, leaves or moves evicts the home list: the unfiltered list is that list.
        http.Tag(PageTags.Home);
        if (filter?.Kind is { } kind) http.Tag(PageTags.Kind(kind));
        if (author is { Length: > 0 }) http.Tag(PageTags.List(ContentKeys.Author(Slug.Normalize(author))));
        if (category is { Length: > 0 }) http.Tag(PageTags.List(ContentKeys.Category(Slug.Normalize(category))));
        // Tagged by the slug asked for, whether or not it exists yet: a category created later evicts its list's tag.
        if (tag is { Length: > 0 }) http.Tag(PageTags.List(ContentKeys.Tag(Slug.Normalize(tag))));
    }

    public static async Task<IReadOnlyList<ApiPostSummary>> SummariesAsync(HttpContext http, ContentQueries content, ApiShapes shapes, IReadOnlyList<PostSummary> posts)
    {
        var links = await content.ListLinksOfPostsAsync(posts.Select(p => p.Id).ToList(), http.RequestAborted);
        http.Shows(posts);
        foreach (var link in links.Values) http.Tag([.. link.Categories.Select(c => ContentKeys.Category(c.Slug)), .. link.Tags.Select(t => ContentKeys.Tag(t.Slug))]);
        return posts.Where(p => links.ContainsKey(p.Id)).Select(p => shapes.Summary(p, links[p.Id])).ToList();
    }

    private static async Task<IResult> ByIdAsync(int id, HttpContext http, ContentQueries content) =>
        await OneAsync(http, content, await content.FindPublishedByIdAsync(id, http.RequestAborted));

    private static async Task<IResult> BySlugAsync(string slug, HttpContext http, ContentQueries content) =>
        await OneAsync(http, content, await content.FindPublishedAloneAsync(Slug.Normalize(slug), http.RequestAborted));

    private static async Task<IResult> OneAsync(HttpContext http, ContentQueries content, PostView? view)
    {
        if (view is null) return ApiProblems.NotFound(http);
        var shapes = await ApiShapes.ForAsync(http);
        var links = await content.ListLinksOfPostsAsync([view.Post.Id], http.RequestAborted);
        http.Shows(view.Post);
        http.Tag(PageTags.Page(view.Post.Id));
        var own = links[view.Post.Id];
        http.Tag([.. own.Categories.Select(c => ContentKeys.Category(c.Slug)), .. own.Tags.Select(t => ContentKeys.Tag(t.Slug))]);
        return Results.Ok(shapes.Post(view, own));
    }
}
