using Microsoft.Extensions.Options;
using Qalam.Caching;
using Qalam.Content;
using Qalam.Localization;
using Qalam.Organisation;
using Qalam.Search;

namespace Qalam.Api.Public;

/// <summary>The site, its authors and terms, the organisation's records, and search.</summary>
public static class SiteApi
{
    public static RouteGroupBuilder MapSiteApi(this RouteGroupBuilder api)
    {
        api.MapGet("/site", SiteAsync).WithName("GetSite").WithSummary("The site: name, address, time zone and the API's addresses; ?language=en for its name and tagline in English").Produces<ApiSite>();
        api.MapGet("/authors", AuthorsAsync).WithName("ListAuthors").WithSummary("People with public posts").Produces<IReadOnlyList<ApiAuthor>>();
        api.MapGet("/authors/{slug}", AuthorAsync).WithName("GetAuthor").WithSummary("One author by slug")
            .Produces<ApiAuthor>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/categories", CategoriesAsync).WithName("ListCategories").WithSummary("Every category, with its count of public posts").Produces<IReadOnlyList<ApiTerm>>();
        api.MapGet("/tags", TagsAsync).WithName("ListTags").WithSummary("Tags that have public posts, with their counts").Produces<IReadOnlyList<ApiTerm>>();
        api.MapGet("/search", SearchAsync).WithName("Search")
            .WithSummary("Search public posts as the site's search does")
            .WithDescription("The same analyser and ranking as /search: Arabic letter forms and hamza seats folded, clitics stripped, "
                + "\"phrases\" in quotes, -exclusions. `suggestion` is the corrected query when nothing matched.\n\n" + ApiSetup.Arabic("البحث بالمحلّل والترتيب نفسيهما في صفحة البحث."))
            .Produces<ApiSearchResults>().ProducesProblem(StatusCodes.Status400BadRequest)
            // Like the search page: results are per query, and a cached copy would skip counting the query for editors.
            .CacheOutput(p => p.NoCache());
        return api;
    }

    /// <summary>
    /// The language a request asks for with <c>?language=en</c> (names translated, the default's where none is), or an
    /// error for a code the site does not publish in; none gives the default.
    /// </summary>
    private static (Language? Language, IResult? Problem) Asked(HttpContext http, string? language)
    {
        var languages = http.RequestServices.GetRequiredService<Languages>();
        var (code, problem) = PostQuery.Language(http, language);
        return problem is null ? (languages.Of(code), null) : (null, problem);
    }

    private static async Task<IResult> SiteAsync(HttpContext http, IOptions<ApiOptions> api, string? language)
    {
        var (asked, problem) = Asked(http, language);
        if (problem is not null) return problem;
        var shapes = await ApiShapes.ForAsync(http);
        var s = shapes.Site.Settings;
        var offset = shapes.Site.Zone.GetUtcOffset(shapes.Site.Now);
        var docs = api.Value.Docs ? shapes.Url("/api/docs") : null;
        return Results.Ok(new ApiSite(shapes.Site.SiteName(asked), shapes.Site.Tagline(asked), shapes.Root, asked!.Code, s.TimeZone,
            (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm"),
            s.LogoUrl is { } logo ? shapes.Absolute(logo) : null, s.ContactEmail, shapes.Url("/api/v1"), shapes.Url("/wp-json/wp/v2"), docs));
    }

    private static async Task<IResult> AuthorsAsync(HttpContext http, ContentQueries content)
    {
        var shapes = await ApiShapes.ForAsync(http);
        var authors = await content.ListAuthorsAsync(http.RequestAborted);
        http.Tag(PageTags.Home);
        foreach (var a in authors) http.Tag(ContentKeys.Author(a.Slug));
        return Results.Ok(authors.Select(shapes.Author).ToList());
    }

    private static async Task<IResult> AuthorAsync(string slug, HttpContext http, ContentQueries content)
    {
        if (await content.FindAuthorAsync(Slug.Normalize(slug), http.RequestAborted) is not { } author) return ApiProblems.NotFound(http);
        http.Tag(ContentKeys.Author(author.Slug), PageTags.List(ContentKeys.Author(author.Slug)));
        return Results.Ok((await ApiShapes.ForAsync(http)).Author(author));
    }

    private static async Task<IResult> CategoriesAsync(HttpContext http, ContentQueries content, string? language)
    {
        var (asked, problem) = Asked(http, language);
        if (problem is not null) return problem;
        var shapes = await ApiShapes.ForAsync(http);
        var texts = shapes.Site.Texts(asked);
        var categories = await content.ListCategorySummariesAsync(http.RequestAborted);
        // Counts change whenever a post appears or leaves (the home list's tag); renames by each category's own tag.
        http.Tag(PageTags.Home);
        foreach (var c in categories) http.Tag(ContentKeys.Category(c.Slug));
        return Results.Ok(categories.Select(c => shapes.Category(c) with
        {
            Name = texts.Name(TextSubject.Category, c.Id, c.Name),
            Description = texts.Find(TextSubject.Category, c.Id, TextField.Description) ?? c.Description,
        }).ToList());
    }

    private static async Task<IResult> TagsAsync(HttpContext http, ContentQueries content, string? language)
    {
        var (asked, problem) = Asked(http, language);
        if (problem is not null) return problem;
        var shapes = await ApiShapes.ForAsync(http);
        var texts = shapes.Site.Texts(asked);
        var tags = await content.ListTagSummariesAsync(http.RequestAborted);
        http.Tag(PageTags.Home);
        foreach (var t in tags) http.Tag(ContentKeys.Tag(t.Slug));
        return Results.Ok(tags.Select(t => shapes.Tag(t) with { Name = texts.Name(TextSubject.Tag, t.Id, t.Name) }).ToList());
    }

    private static async Task<IResult> SearchAsync(HttpContext http, PostSearch search, ContentQueries content, string? q, int? page,
        string? author, string? category, string? tag, string? kind, string? language)
    {
        if (string.IsNullOrWhiteSpace(q)) return ApiProblems.BadParameter(http, "q", "query");
        if (page is < 1) return ApiProblems.BadParameter(http, "page", "int");
        PostKind? postKind = null;
        if (kind is { Length: > 0 })
        {
            if (!Enum.TryParse<PostKind>(kind, true, out var k) || int.TryParse(kind, out _)) return ApiProblems.BadParameter(http, "kind", "kind");
            postKind = k;
        }
        // Every language unless the client asks for one (the site's pages search the reader's language first).
        var (code, problem) = PostQuery.Language(http, language);
        if (problem is not null) return problem;
        var results = await search.SearchAsync(new SearchRequest(q, Author: author, Category: category, Tag: tag, Kind: postKind,
                Language: code ?? SearchRequest.AllLanguages, Page: page ?? 1),
            http.RequestAborted);
        var shapes = await ApiShapes.ForAsync(http);
        var all = results.Hits.Concat(results.Corrected).Select(h => h.Post).ToList();
        var summaries = (await PostsApi.SummariesAsync(http, content, shapes, all)).ToDictionary(s => s.Id);
        List<ApiSearchHit> Hits(IEnumerable<SearchHit> hits) => hits.Where(h => summaries.ContainsKey(h.Post.Id))
            .Select(h => new ApiSearchHit(summaries[h.Post.Id], h.TitleHtml, h.SnippetHtml)).ToList();
        ApiPaging.LinkPages(http, results.Page, results.TotalPages);
        return Results.Ok(new ApiSearchResults(Hits(results.Hits), results.Page, results.TotalPages, results.Total, results.Suggestion, Hits(results.Corrected)));
    }
}
