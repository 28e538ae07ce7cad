namespace Qalam.Search;

public static class SearchEndpoints
{
    /// <summary>GET /search/suggest?q=: the header search box's suggestions as JSON. Only public posts, so the
    /// answer may be cached by browsers and proxies for as long as the server keeps it.</summary>
    public static WebApplication MapQalamSearch(this WebApplication app)
    {
        app.MapGet("/search/suggest", async (string? q, TypeAhead typeAhead, HttpContext http, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=30";
            http.Response.Headers["X-Robots-Tag"] = "noindex";
            return Results.Json(await typeAhead.SuggestAsync(q, ct));
        });
        return app;
    }
}
