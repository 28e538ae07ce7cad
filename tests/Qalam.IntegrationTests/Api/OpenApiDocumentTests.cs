using System.Net;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Qalam.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document is valid OpenAPI 3.1, and every route it describes that needs no token answers as described:
/// a documented status, and a JSON body with every property its schema requires. The admin API's routes
/// (/api/v1/admin/*) need a token and are checked by the admin API's own document test.
/// </summary>
public sealed class OpenApiDocumentTests(ApiSite site) : IClassFixture<ApiSite>
{
    private const string AdminPrefix = "/api/v1/admin";

    // Routes whose useful answer needs a query; without it they answer 400, which is also checked (a documented problem).
    private static readonly Dictionary<string, string> Queries = new() { ["/api/v1/search"] = "?q=" + Uri.EscapeDataString("بيان") };

    // Where a route's path parameters come from when its collection is not the path before them.
    private static readonly Dictionary<string, string> Collections = new() { ["/api/v1/posts/slug/{slug}"] = "/api/v1/posts" };

    private async Task<OpenApiDocument> ReadAsync()
    {
        var text = await site.Client.GetStringAsync("/openapi/v1.json");
        var read = OpenApiDocument.Parse(text, "json");
        Assert.True(read.Diagnostic?.Errors is not { Count: > 0 }, string.Join("\n", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic!.SpecificationVersion);
        return read.Document!;
    }

    [Fact]
    public async Task The_document_is_valid_openapi_3_1_and_describes_the_public_and_wordpress_routes()
    {
        var document = await ReadAsync();

        Assert.Equal("Qalam API", document.Info.Title);
        foreach (var path in new[] { "/api/v1/posts", "/api/v1/posts/{id}", "/api/v1/search", "/api/v1/statements/{year}/{number}", "/wp-json/wp/v2/posts", "/wp-json/wp/v2/media/{id}" })
        {
            Assert.True(document.Paths.ContainsKey(path), $"{path} is not described");
        }
        Assert.DoesNotContain(document.Paths.Keys, p => p.StartsWith("/feed") || p.StartsWith("/media/"));
        Assert.All(document.Paths.Where(p => !p.Key.StartsWith(AdminPrefix)).SelectMany(p => p.Value.Operations!.Values),
            o => Assert.False(string.IsNullOrWhiteSpace(o.Summary), o.OperationId + " has no summary"));
    }

    [Fact]
    public async Task Every_route_without_a_token_answers_as_described()
    {
        var document = await ReadAsync();
        var checkedRoutes = 0;
        foreach (var (template, item) in document.Paths)
        {
            if (template.StartsWith(AdminPrefix + "/", StringComparison.Ordinal) || template == AdminPrefix) continue; // the admin API's test, with a token
            if (item.Operations is null || !item.Operations.TryGetValue(HttpMethod.Get, out var operation)) continue;
            var url = await FillAsync(template) + Queries.GetValueOrDefault(template, "");
            var response = await site.Client.GetAsync(url);
            var status = ((int)response.StatusCode).ToString();
            Assert.True(operation.Responses!.ContainsKey(status), $"GET {url} answered {status}, which {template} does not document");
            var body = await response.Content.ReadAsStringAsync();
            if (operation.Responses[status].Content?.FirstOrDefault() is { Value.Schema: { } schema })
            {
                AssertMatches(schema, JsonNode.Parse(body), $"GET {url}", depth: 0);
            }
            checkedRoutes++;
        }
        Assert.True(checkedRoutes >= 25, $"only {checkedRoutes} routes were checked");
    }

    /// <summary>Path parameters from the first item of the route's own collection (/posts/{id} from /posts).</summary>
    private async Task<string> FillAsync(string template)
    {
        var start = template.IndexOf('{');
        if (start < 0) return template;
        var collection = Collections.GetValueOrDefault(template, template[..(start - 1)]);
        var listed = await site.Client.JsonAsync(collection);
        var items = listed is JsonArray array ? array : listed["items"]!.AsArray();
        // An empty collection (the demo has no pages) still checks the route: it must answer a documented 404.
        var first = items.Count > 0 ? items[0]! : null;
        var url = template;
        foreach (var name in template.Split('{').Skip(1).Select(s => s[..s.IndexOf('}')]))
        {
            var value = first is null ? JsonValue.Create(0) : first[name] ?? throw new InvalidOperationException($"{collection} gives no '{name}' to fill {template}");
            url = url.Replace("{" + name + "}", Uri.EscapeDataString(value.ToString()));
        }
        return url;
    }

    private static void AssertMatches(IOpenApiSchema schema, JsonNode? value, string where, int depth)
    {
        if (value is null || depth > 4) return;
        if (schema.OneOf is { Count: > 0 } choices)
        {
            schema = choices.FirstOrDefault(c => c.Type != JsonSchemaType.Null) ?? schema;
        }
        if (value is JsonArray array)
        {
            Assert.True(schema.Type is null || schema.Type.Value.HasFlag(JsonSchemaType.Array), $"{where}: an array where the schema says {schema.Type}");
            if (schema.Items is { } items) foreach (var element in array) AssertMatches(items, element, where + "[]", depth + 1);
            return;
        }
        if (value is not JsonObject obj) return;
        foreach (var required in schema.Required ?? new HashSet<string>())
        {
            Assert.True(obj.ContainsKey(required), $"{where}: the required property '{required}' is missing");
        }
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (obj[name] is { } child) AssertMatches(property, child, $"{where}.{name}", depth + 1);
        }
    }

    [Fact]
    public async Task A_post_a_page_of_posts_a_problem_and_a_new_post_each_have_an_example_that_fits_its_schema()
    {
        var document = await ReadAsync();
        var schemas = document.Components!.Schemas!;

        foreach (var (name, field) in new[] { ("ApiPost", "html"), ("ApiPageOfApiPostSummary", "items"), ("ProblemDetails", "status"), ("AdminPostInput", "title") })
        {
            var example = Assert.Single(schemas[name].Examples ?? [], e => e is not null);
            Assert.True(example![field] is not null, $"{name}'s example has no {field}");
            AssertMatches(schemas[name], example, name + "'s example", depth: 0);
        }
        // The example is what the public post route answers.
        var post = document.Paths["/api/v1/posts/{id}"].Operations![HttpMethod.Get].Responses!["200"].Content!["application/json"].Schema!;
        Assert.Equal("ApiPost", (post as OpenApiSchemaReference)?.Reference.Id);
        // A number is described as a number, not "integer or string".
        Assert.Equal(JsonSchemaType.Integer, schemas["ApiPost"].Properties!["id"].Type);
        Assert.Empty(schemas.SelectMany(s => s.Value.Properties ?? new Dictionary<string, IOpenApiSchema>())
            .Where(p => p.Value.Type is { } t && t.HasFlag(JsonSchemaType.Integer) && t.HasFlag(JsonSchemaType.String)).Select(p => p.Key));
        // A script may send only what it changes: nothing in a new post is required by the schema.
        Assert.Empty(schemas["AdminPostInput"].Required ?? new HashSet<string>());
    }

    [Fact]
    public async Task A_route_taken_out_of_the_code_fails_the_check()
    {
        // The check reads what is served: a path in the document that the app does not answer would be caught as a 404.
        var response = await site.Client.GetAsync("/api/v1/posts/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await ReadAsync();
        Assert.True(document.Paths["/api/v1/posts/{id}"].Operations![HttpMethod.Get].Responses!.ContainsKey("404"));
    }
}
