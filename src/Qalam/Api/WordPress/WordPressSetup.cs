using Qalam.Api.Public;

namespace Qalam.Api.WordPress;

/// <summary>The /wp-json routes: WordPress's discovery index, the wp/v2 read routes, and 405 for every write.</summary>
public static class WordPressSetup
{
    public static WebApplication MapWordPressApi(this WebApplication app)
    {
        var root = app.MapGroup("/wp-json").RequireCors(ApiSetup.CorsPolicy).WithTags("WordPress");
        root.MapGet("/", (HttpContext http, CancellationToken _) => IndexAsync(http)).CacheOutput(ApiCachePolicy.Name).WithName("WpIndex")
            .WithSummary("WordPress: the REST index (site name, address, namespaces, routes)").Produces<WpIndex>();
        var wp = root.MapGroup("/wp/v2").CacheOutput(ApiCachePolicy.Name);
        wp.MapWordPressPosts();
        wp.MapWordPressTerms();
        // Tools that write to WordPress learn where writing went, instead of a 404 they would read as a missing post.
        // (PUT, PATCH and DELETE are refused the same way before routing, by Hosting/RequestRules.)
        root.MapPost("/{**path}", (HttpContext http) => RefuseWriteAsync(http)).ExcludeFromDescription();
        return app;
    }

    /// <summary>405 for a write to /wp-json, as a problem that names the admin API.</summary>
    public static Task RefuseWriteAsync(HttpContext http)
    {
        http.Response.Headers.Allow = "GET, HEAD";
        http.Response.Headers.Link = "</api/v1/admin/>; rel=\"alternate\"";
        return ApiProblems.Problem(http, StatusCodes.Status405MethodNotAllowed, "ReadOnly").ExecuteAsync(http);
    }

    private static async Task<IResult> IndexAsync(HttpContext http)
    {
        var shapes = await ApiShapes.ForAsync(http);
        var s = shapes.Site.Settings;
        var offset = shapes.Site.Zone.GetUtcOffset(shapes.Site.Now).TotalHours;
        string[] routes = ["/wp/v2/posts", "/wp/v2/pages", "/wp/v2/categories", "/wp/v2/tags", "/wp/v2/users", "/wp/v2/media"];
        return Results.Ok(new WpIndex(s.Name, s.Tagline ?? "", shapes.Root, shapes.Root, offset, s.TimeZone, ["wp/v2"],
            routes.ToDictionary(r => r, r => new WpRoute("wp/v2", ["GET"], new Dictionary<string, IReadOnlyList<WpLink>> { ["self"] = [new WpLink(shapes.Url("/wp-json" + r))] }))));
    }
}

/// <summary>The discovery document at /wp-json/ (WordPress's index, its public fields).</summary>
public sealed record WpIndex(
    [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name,
    [property: System.Text.Json.Serialization.JsonPropertyName("description")] string Description,
    [property: System.Text.Json.Serialization.JsonPropertyName("url")] string Url,
    [property: System.Text.Json.Serialization.JsonPropertyName("home")] string Home,
    [property: System.Text.Json.Serialization.JsonPropertyName("gmt_offset")] double GmtOffset,
    [property: System.Text.Json.Serialization.JsonPropertyName("timezone_string")] string TimezoneString,
    [property: System.Text.Json.Serialization.JsonPropertyName("namespaces")] IReadOnlyList<string> Namespaces,
    [property: System.Text.Json.Serialization.JsonPropertyName("routes")] IReadOnlyDictionary<string, WpRoute> Routes);

public sealed record WpRoute(
    [property: System.Text.Json.Serialization.JsonPropertyName("namespace")] string Namespace,
    [property: System.Text.Json.Serialization.JsonPropertyName("methods")] IReadOnlyList<string> Methods,
    [property: System.Text.Json.Serialization.JsonPropertyName("_links")] IReadOnlyDictionary<string, IReadOnlyList<WpLink>> Links);
