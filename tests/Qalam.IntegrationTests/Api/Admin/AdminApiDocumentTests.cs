using System.Net.Http.Json;
using System.Text.Json;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;

namespace Qalam.IntegrationTests.Api.Admin;

/// <summary>
/// The OpenAPI document describes the admin API as it behaves: every /api/v1/admin operation it lists is called with
/// an administrator's token of every scope, and answers one of the statuses the document gives it, with the
/// properties of the schema documented for that status.
/// </summary>
public sealed class AdminApiDocumentTests
{
    private static readonly string[] MethodOrder = ["get", "post", "patch", "delete"];

    [Fact]
    public async Task Every_admin_operation_in_the_document_answers_as_described()
    {
        using var factory = new QalamFactory(demo: false, settings: ApiSteps.Settings());
        var (_, api, _) = await factory.PersonWithTokenAsync(Role.Administrator, [.. TokenScopes.All]);
        var document = await (await factory.CreateBrowserlessClient().GetAsync("/openapi/v1.json")).JsonAsync();
        var operations = (from path in document.GetProperty("paths").EnumerateObject()
                          where path.Name.StartsWith("/api/v1/admin/", StringComparison.Ordinal)
                          from op in path.Value.EnumerateObject()
                          orderby Array.IndexOf(MethodOrder, op.Name), path.Name
                          select (Path: path.Name, Method: op.Name, Operation: op.Value)).ToList();
        Assert.Equal(14, operations.Count);

        foreach (var (path, method, operation) in operations)
        {
            Assert.True(operation.TryGetProperty("summary", out _), $"{method} {path} has no summary");
            Assert.Contains(AdminApiDocument(), operation.GetProperty("security").EnumerateArray().SelectMany(s => s.EnumerateObject()).Select(s => s.Name));
            var url = await UrlAsync(api, path);
            var response = await SendAsync(api, method, path, url);
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty(status, out var described), $"{method.ToUpperInvariant()} {url} answered {status}, not among {string.Join(", ", responses.EnumerateObject().Select(r => r.Name))}: {await response.Content.ReadAsStringAsync()}");
            Assert.StartsWith("2", status);
            if (described.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json))
            {
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
                AssertShape(document, json.GetProperty("schema"), await response.JsonAsync(), $"{method} {path}");
            }
        }
    }

    private static string AdminApiDocument() => Qalam.Api.Admin.AdminApiDocument.SchemeName;

    /// <summary>The address with its id filled in by something that exists: a post, category or tag made for it.</summary>
    private static async Task<string> UrlAsync(HttpClient api, string path)
    {
        if (!path.Contains("{id}", StringComparison.Ordinal)) return path;
        var name = $"وسم {Guid.NewGuid():N}";
        int id = path.StartsWith("/api/v1/admin/posts", StringComparison.Ordinal) ? (await api.NewPostAsync()).Id
            : (await (await api.PostAsJsonAsync(path.StartsWith("/api/v1/admin/categories", StringComparison.Ordinal) ? "/api/v1/admin/categories" : "/api/v1/admin/tags", new { name })).JsonAsync()).GetProperty("id").GetInt32();
        return path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient api, string method, string path, string url)
    {
        var name = $"اسم {Guid.NewGuid():N}";
        if (method == "get") return await api.GetAsync(url);
        if (method == "delete") return await api.DeleteAsync(url);
        if (path == "/api/v1/admin/media")
        {
            return await api.PostAsync(url, new MultipartFormDataContent { { new ByteArrayContent(MediaFiles.Jpeg(20, 20)), "file", "a.jpg" }, { new StringContent("صورة"), "altText" } });
        }
        object body = path switch
        {
            "/api/v1/admin/posts" => new { title = name },
            "/api/v1/admin/posts/{id}/status" => new { status = "publish" },
            "/api/v1/admin/posts/{id}/translations" => new { language = "en" },
            "/api/v1/admin/posts/{id}" => new { title = name, version = (await (await api.GetAsync(url)).JsonAsync()).GetProperty("version").GetInt32() },
            _ => new { name },
        };
        return method == "patch" ? await api.PatchJsonAsync(url, body) : await api.PostAsJsonAsync(url, body);
    }

    /// <summary>Every property the schema names is in the answer (the API writes all of them, null or not).</summary>
    private static void AssertShape(JsonElement document, JsonElement schema, JsonElement value, string where)
    {
        schema = Resolve(document, schema);
        if (value.ValueKind == JsonValueKind.Array)
        {
            if (value.GetArrayLength() > 0 && schema.TryGetProperty("items", out var items)) AssertShape(document, items, value[0], where);
            return;
        }
        if (!schema.TryGetProperty("properties", out var properties)) return;
        foreach (var property in properties.EnumerateObject()) Assert.True(value.TryGetProperty(property.Name, out _), $"{where}: no {property.Name} in {value}");
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference)) return schema;
        var name = reference.GetString()!.Split('/')[^1];
        return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
    }
}
