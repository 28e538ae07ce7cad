using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Hosting;

/// <summary>
/// The last word when the database is locked, unreachable or out of space. The error page normally says so in the
/// site's frame, but when the error page itself needs the database (a signed-in person's cookie is checked against it)
/// its re-run fails too: then this plain 503, in both languages, with Retry-After and the request id, instead of a
/// dropped connection; under the API's paths, a problem (RFC 9457) in the client's language. Outside the exception
/// handler, inside the security headers.
/// </summary>
internal sealed class UnavailablePage(RequestDelegate next, IStringLocalizerFactory localizers)
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
            await context.Response.WriteAsync(Html(localizers.Create(typeof(Strings)), full, context.TraceIdentifier));
        }
    }

    private static string Html(IStringLocalizer t, bool full, string requestId)
    {
        string Say(string culture, string heading)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                var message = full ? t["StorageFullMessage"] : t["UnavailableMessage"];
                return $"""
                    <section lang="{culture}" dir="{(culture == "ar" ? "rtl" : "ltr")}" class="error-page">
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
        return $"""
            <!doctype html>
            <html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(t["UnavailableHeading"])}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main>{Say("ar", "1")}{Say("en", "2")}</main></body></html>
            """;
    }
}
