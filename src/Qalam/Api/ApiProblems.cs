using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Api;

/// <summary>
/// RFC 9457 problem details for the API, titled in the first of the site's languages the request's Accept-Language
/// names (the site's default language when it names none of them; a language without resource files of its own reads
/// the neutral, Arabic, strings). The site's culture comes from the address and a cookie; an API client
/// says what it reads in the header, so the API alone looks at it.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static CultureInfo Culture(HttpRequest request)
    {
        var asked = request.GetTypedHeaders().AcceptLanguage.Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value ?? "");
        var languages = request.HttpContext.RequestServices.GetRequiredService<Languages>();
        foreach (var tag in asked)
        {
            if (tag == "*") break;
            if (languages.Find(tag.Split('-')[0]) is { } language) return language.Interface;
        }
        return languages.Default.Interface;
    }

    /// <summary>A problem with the status's own title and a detail from the resources (formatted with <paramref name="args"/>).</summary>
    public static IResult Problem(HttpContext http, int status, string detailKey, params object[] args)
    {
        var (title, detail, language) = Texts(http, status, detailKey, args);
        http.Response.Headers.ContentLanguage = language;
        return Results.Problem(detail: detail, statusCode: status, title: title, instance: http.Request.Path,
            type: $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}");
    }

    public static IResult NotFound(HttpContext http) => Problem(http, StatusCodes.Status404NotFound, "NotFound");

    public static IResult BadParameter(HttpContext http, string name, string expectedKey) =>
        Problem(http, StatusCodes.Status400BadRequest, "BadParameter", name, Text(http, "Expected_" + expectedKey));

    public static string Text(HttpContext http, string key, params object[] args) => Texts(http, 0, key, args).Detail;

    private static (string Title, string Detail, string Language) Texts(HttpContext http, int status, string key, object[] args)
    {
        var culture = Culture(http.Request);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var t = http.RequestServices.GetRequiredService<IStringLocalizer<ApiStrings>>();
            var title = t[$"Status_{status}"] is { ResourceNotFound: false } own ? own.Value : t["Status_other"].Value;
            return (title, string.Format(culture, t[key].Value, args), culture.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>
    /// Under the API's paths the site's HTML error pages would answer a client that asked for JSON: an error the
    /// framework answers without a body (a route that does not exist, a parameter that does not bind) becomes a problem.
    /// </summary>
    public static async Task AnswerBodilessErrors(HttpContext http, RequestDelegate next)
    {
        if (!IsApi(http.Request.Path))
        {
            await next(http);
            return;
        }
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        try
        {
            await next(http);
        }
        // The site's exception handler would answer with its HTML error page; a client reads a problem instead. The
        // trace goes to the log, never the body.
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            if (DatabaseErrors.IsUnavailable(e))
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems))
                    .LogWarning(e, "The database could not serve {Method} {Path}", http.Request.Method, http.Request.Path);
                http.Response.Clear();
                await UnavailableAsync(http, DatabaseErrors.IsStorageFull(e));
                return;
            }
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems))
                .LogError(e, "The API failed to answer {Method} {Path}", http.Request.Method, http.Request.Path);
            http.Response.Clear();
            await Problem(http, StatusCodes.Status500InternalServerError, "ServerError", http.TraceIdentifier).ExecuteAsync(http);
            return;
        }
        var response = http.Response;
        if (response.StatusCode < 400 || response.HasStarted || response.ContentLength > 0 || response.ContentType is not null) return;
        var key = response.StatusCode == StatusCodes.Status404NotFound ? "NoRoute" : "Status_other";
        await Problem(http, response.StatusCode, key).ExecuteAsync(http);
    }

    /// <summary>
    /// 503 with Retry-After: the database is locked or unreachable, or the disk is full; nothing was changed. Also
    /// answered by Hosting/UnavailablePage when a step before this one (a token's check) met the database.
    /// </summary>
    public static Task UnavailableAsync(HttpContext http, bool storageFull)
    {
        http.Response.Headers.RetryAfter = storageFull ? "600" : "30";
        http.Response.Headers.CacheControl = "no-store";
        return Problem(http, StatusCodes.Status503ServiceUnavailable, storageFull ? "StorageFull" : "Unavailable", http.TraceIdentifier).ExecuteAsync(http);
    }

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/wp-json") || path.StartsWithSegments("/openapi");
}
