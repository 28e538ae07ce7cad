using System.Globalization;
using Qalam.Api.Public;
using Qalam.Caching;
using Qalam.Content;

namespace Qalam.Api.WordPress;

/// <summary>GET /wp-json/wp/v2/categories, /tags, /users (public fields only) and /media, WordPress-shaped and paged.</summary>
public static class WpTerms
{
    public static WpTerm Category(WpShapes shapes, TermSummary c, IReadOnlyDictionary<int, int> wpIds) =>
        shapes.Term(c, "category", wpIds.GetValueOrDefault(c.Id, c.Id), c.ParentId is { } p ? wpIds.GetValueOrDefault(p, p) : 0);

    public static RouteGroupBuilder MapWordPressTerms(this RouteGroupBuilder wp)
    {
        wp.MapGet("/categories", (HttpContext http, ContentQueries content, WordPressIds ids, int? page, int? per_page, string? slug) =>
                CategoriesAsync(http, content, ids, page, per_page, slug, null))
            .WithName("WpListCategories").WithSummary("WordPress: list categories").Produces<IReadOnlyList<WpTerm>>().ProducesProblem(StatusCodes.Status400BadRequest);
        wp.MapGet("/categories/{id:int}", (int id, HttpContext http, ContentQueries content, WordPressIds ids) => CategoriesAsync(http, content, ids, null, null, null, id))
            .WithName("WpGetCategory").WithSummary("WordPress: one category").Produces<WpTerm>().ProducesProblem(StatusCodes.Status404NotFound);
        wp.MapGet("/tags", (HttpContext http, ContentQueries content, WordPressIds ids, int? page, int? per_page, string? slug) => TagsAsync(http, content, ids, page, per_page, slug, null))
            .WithName("WpListTags").WithSummary("WordPress: list tags that have public posts").Produces<IReadOnlyList<WpTerm>>().ProducesProblem(StatusCodes.Status400BadRequest);
        wp.MapGet("/tags/{id:int}", (int id, HttpContext http, ContentQueries content, WordPressIds ids) => TagsAsync(http, content, ids, null, null, null, id))
            .WithName("WpGetTag").WithSummary("WordPress: one tag").Produces<WpTerm>().ProducesProblem(StatusCodes.Status404NotFound);
        wp.MapGet("/users", (HttpContext http, ContentQueries content, WordPressIds ids, int? page, int? per_page, string? slug) => UsersAsync(http, content, ids, page, per_page, slug, null))
            .WithName("WpListUsers").WithSummary("WordPress: people with public posts (public fields only)")
            .Produces<IReadOnlyList<WpUser>>().ProducesProblem(StatusCodes.Status400BadRequest);
        wp.MapGet("/users/{id:int}", (int id, HttpContext http, ContentQueries content, WordPressIds ids) => UsersAsync(http, content, ids, null, null, null, id))
            .WithName("WpGetUser").WithSummary("WordPress: one author").Produces<WpUser>().ProducesProblem(StatusCodes.Status404NotFound);
        wp.MapGet("/media", (HttpContext http, ContentQueries content, WordPressIds ids, int? page, int? per_page) => MediaAsync(http, content, ids, page, per_page, null))
            .WithName("WpListMedia").WithSummary("WordPress: media that public posts feature").Produces<IReadOnlyList<WpMedia>>().ProducesProblem(StatusCodes.Status400BadRequest);
        wp.MapGet("/media/{id:int}", (int id, HttpContext http, ContentQueries content, WordPressIds ids) => MediaAsync(http, content, ids, null, null, id))
            .WithName("WpGetMedia").WithSummary("WordPress: one featured image or file").Produces<WpMedia>().ProducesProblem(StatusCodes.Status404NotFound);
        return wp;
    }

    /// <summary>A page of an in-memory list with WordPress's headers, or the one item asked for by id (404 when absent).</summary>
    private static IResult Paged<T>(HttpContext http, IReadOnlyList<T> all, int? page, int? perPage, bool one)
    {
        if (one) return all.Count == 0 ? ApiProblems.NotFound(http) : Results.Ok(all[0]);
        if (page is < 1) return ApiProblems.BadParameter(http, "page", "int");
        if (perPage is < 1 or > ApiPaging.MaxPerPage) return ApiProblems.BadParameter(http, "per_page", "perPage");
        var size = perPage ?? ApiPaging.DefaultPerPage;
        var pages = (all.Count + size - 1) / size;
        var n = page ?? 1;
        if (n > Math.Max(1, pages)) return ApiProblems.BadParameter(http, "page", "int");
        http.Response.Headers["X-WP-Total"] = all.Count.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-WP-TotalPages"] = pages.ToString(CultureInfo.InvariantCulture);
        ApiPaging.Link(http, ("prev", n > 1 ? ApiPaging.With(http, ("page", (n - 1).ToString(CultureInfo.InvariantCulture))) : null),
            ("next", n < pages ? ApiPaging.With(http, ("page", (n + 1).ToString(CultureInfo.InvariantCulture))) : null));
        return Results.Ok(all.Skip((n - 1) * size).Take(size).ToList());
    }

    private static async Task<IResult> CategoriesAsync(HttpContext http, ContentQueries content, WordPressIds ids, int? page, int? perPage, string? slug, int? wpId)
    {
        var shapes = new WpShapes(await ApiShapes.ForAsync(http));
        var all = await content.ListCategorySummariesAsync(http.RequestAborted);
        var wpIds = await ids.CategoriesAsync(all.Select(c => c.Id), http.RequestAborted);
        http.Tag(PageTags.Home);
        foreach (var c in all) http.Tag(ContentKeys.Category(c.Slug));
        var shaped = all.Select(c => Category(shapes, c, wpIds))
            .Where(t => (slug is not { Length: > 0 } || t.Slug == Slug.Normalize(slug)) && (wpId is null || t.Id == wpId)).ToList();
        return Paged(http, shaped, page, perPage, wpId is not null);
    }

    private static async Task<IResult> TagsAsync(HttpContext http, ContentQueries content, WordPressIds ids, int? page, int? perPage, string? slug, int? wpId)
    {
        var shapes = new WpShapes(await ApiShapes.ForAsync(http));
        var all = await content.ListTagSummariesAsync(http.RequestAborted);
        var wpIds = await ids.TagsAsync(all.Select(t => t.Id), http.RequestAborted);
        http.Tag(PageTags.Home);
        foreach (var t in all) http.Tag(ContentKeys.Tag(t.Slug));
        var shaped = all.Select(t => shapes.Term(t, "post_tag", wpIds[t.Id], null))
            .Where(t => (slug is not { Length: > 0 } || t.Slug == Slug.Normalize(slug)) && (wpId is null || t.Id == wpId)).ToList();
        return Paged(http, shaped, page, perPage, wpId is not null);
    }

    private static async Task<IResult> UsersAsync(HttpContext http, ContentQueries content, WordPressIds ids, int? page, int? perPage, string? slug, int? wpId)
    {
        var shapes = new WpShapes(await ApiShapes.ForAsync(http));
        var all = await content.ListAuthorsAsync(http.RequestAborted);
        var wpIds = await ids.AuthorsAsync(all.Select(a => a.Id), http.RequestAborted);
        http.Tag(PageTags.Home);
        foreach (var a in all) http.Tag(ContentKeys.Author(a.Slug));
        var shaped = all.Select(a => shapes.User(a, wpIds[a.Id]))
            .Where(u => (slug is not { Length: > 0 } || u.Slug == Slug.Normalize(slug)) && (wpId is null || u.Id == wpId)).ToList();
        return Paged(http, shaped, page, perPage, wpId is not null);
    }

    private static async Task<IResult> MediaAsync(HttpContext http, ContentQueries content, WordPressIds ids, int? page, int? perPage, int? wpId)
    {
        var shapes = new WpShapes(await ApiShapes.ForAsync(http));
        http.Tag(PageTags.Home);
        int? id = wpId is { } w ? await ids.FindMediaAsync(w, http.RequestAborted) ?? -1 : null;
        // Featured media are few beside posts; the list is paged in memory like the terms.
        var all = (await content.ListFeaturedMediaAsync(id is { } one ? [one] : null, 1, int.MaxValue, http.RequestAborted)).Items;
        var wpIds = await ids.MediaAsync(all.Select(m => m.Id), http.RequestAborted);
        foreach (var m in all) http.Tag(ContentKeys.Media(m.Id));
        return Paged(http, all.Select(m => shapes.Media(m, wpIds[m.Id])).ToList(), page, perPage, wpId is not null);
    }
}
