using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Qalam.Api.Admin;
using Qalam.Api.Public;

namespace Qalam.Api;

/// <summary>
/// Examples in the OpenAPI document for what a client meets first: a post, a page of posts, a problem and the admin
/// API's post to create. Each is one of the API's own records serialised as the API serialises it, so an example
/// cannot drift from the shape it illustrates.
/// </summary>
public static class ApiExamples
{
    private const string Root = "https://example.org";
    private static readonly DateTimeOffset At = new(2026, 3, 14, 8, 30, 0, TimeSpan.Zero);
    private static readonly ApiTime Time = new(At.UtcDateTime, At.ToOffset(TimeSpan.FromHours(2)));
    private static readonly ApiAuthor Author = new(3, "سارة المبروك", "sara", Root + "/author/sara");
    private static readonly ApiTerm Category = new(5, "بيانات", "بيانات", Root + "/category/%D8%A8%D9%8A%D8%A7%D9%86%D8%A7%D8%AA");

    private static readonly ApiPostSummary Summary = new(42, "حماية-البيانات-الشخصية", "statement", "ar", "بشأن حماية البيانات الشخصية",
        "بيان رقم 7 لسنة 2026: بشأن حماية البيانات الشخصية", Root + "/statements/2026/7", "تدعو المؤسسة إلى قانون يحمي بيانات المواطنين…",
        Time, Time, Author, [Category], [], null, new ApiStatementNumber(2026, 7), 3);

    private static readonly ApiPost Post = new(Summary.Id, Summary.Slug, Summary.Kind, Summary.Language, Summary.Title, Summary.DisplayTitle,
        Summary.Url, Summary.Excerpt, "<p>تدعو المؤسسة إلى قانون يحمي بيانات المواطنين.</p>", Time, Time, Author with { Bio = "منسقة السياسات" },
        [Category], [], null, Summary.Statement, 3, null, null);

    private static readonly ApiPage<ApiPostSummary> Page = new([Summary], 1, 12, 140, Root + "/api/v1/posts?page=2", null);

    private static readonly ProblemDetails Problem = new()
    {
        Type = "https://www.rfc-editor.org/rfc/rfc9110#status.404", Title = "Not found", Status = 404,
        Detail = "Nothing public has this address.", Instance = "/api/v1/posts/999",
    };

    private static readonly AdminPostInput Create = new(Title: "ورشة عن الأمن الرقمي", BodyHtml: "<p>تنظم المؤسسة ورشة مفتوحة يوم السبت.</p>",
        Kind: "news", Language: "ar", CategoryIds: [5], Tags: ["الأمن الرقمي"], Status: "publish");

    private static readonly Dictionary<Type, object> ByType = new()
    {
        [typeof(ApiPost)] = Post,
        [typeof(ApiPage<ApiPostSummary>)] = Page,
        [typeof(ProblemDetails)] = Problem,
        [typeof(AdminPostInput)] = Create,
    };

    public static void Describe(OpenApiOptions options) => options.AddSchemaTransformer((schema, context, _) =>
    {
        if (ByType.TryGetValue(context.JsonTypeInfo.Type, out var example))
        {
            // A request shows only what is sent; a response shows every field, nulls included, as it is answered.
            var options = example is AdminPostInput ? new JsonSerializerOptions(context.JsonTypeInfo.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull }
                : context.JsonTypeInfo.Options;
            schema.Examples = [JsonSerializer.SerializeToNode(example, example.GetType(), options)
                ?? throw new InvalidOperationException("An example serialised to nothing.")];
        }
        return Task.CompletedTask;
    });
}
