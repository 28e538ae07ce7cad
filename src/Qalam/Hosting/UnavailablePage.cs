using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Hosting;

/// <summary>
/// The last word when the database is locked, unreachable or out of space. The error page normally says so in the
/// site's frame, but when the error page itself needs the database (a signed-in person's cookie is checked against it)
/// its re-run fails too: then this plain 503, in each of the site's languages, with Retry-After and the request id, instead of a
/// dropped connection; under the API's paths, a problem (RFC 9457) in the client's language. Outside the exception
/// handler, inside the security headers.
/// </summary>
internal sealed class UnavailablePage(RequestDelegate next, IStringLocalizerFactory localizers, Languages languages)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e) && !context.Response.HasStarted)
        {
            var full = DatabaseErrors.IsStorageFull(e);
            context.Response.Clear();
            if (Api.ApiProblems.IsApi(context.Request.Path))
            {
                // An API client parses a problem, whichever step met the database.
                await Api.ApiProblems.UnavailableAsync(context, full);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = full ? "600" : "30";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Html(localizers.Create(typeof(Strings)), languages, full, context.TraceIdentifier));
        }
    }

    private static string Html(IStringLocalizer t, Languages languages, bool full, string requestId)
    {
        string Say(Language language, string heading)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = language.Interface;
            try
            {
                var message = full ? t["StorageFullMessage"] : t["UnavailableMessage"];
                return $"""
                    <section lang="{language.Code}" dir="{language.Direction}" class="error-page">
                    <h{heading}>{WebUtility.HtmlEncode(t["UnavailableHeading"])}</h{heading}>
                    <p>{WebUtility.HtmlEncode(message)}</p>
                    <p class="request-id">{WebUtility.HtmlEncode(t["RequestId"])}: <bdi dir="ltr"><code>{WebUtility.HtmlEncode(requestId)}</code></bdi></p>
                    </section>
                    """;
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
        // Every language of the site, the default's first; one without resource files of its own would repeat the
        // default's words under its own lang, so it is left out.
        var said = new List<string>();
        var seen = new HashSet<string>();
        foreach (var language in languages.All)
        {
            var words = Say(language, "1");
            if (seen.Add(words[words.IndexOf('>')..])) said.Add(said.Count == 0 ? words : Say(language, "2"));
        }
        return $"""
            <!doctype html>
            <html lang="{languages.Default.Code}" dir="{languages.Default.Direction}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(t["UnavailableHeading"])}</title><link rel="stylesheet" href="/css/site.css"><link rel="stylesheet" href="/css/content.css"></head>
            <body><main>{string.Concat(said)}</main></body></html>
            """;
    }
}
