using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Qalam.Localization;

namespace Qalam.Hosting;

/// <summary>
/// What every request must be before a page sees it: one of the methods the site serves (else 405 with Allow), an
/// unsafe method sent from this site (SECURITY.md D1, D4: Origin and Sec-Fetch-Site checked on top of the
/// antiforgery token; a request with neither, as a non-browser client sends, goes on to the token check). Nothing is
/// exempt: the site takes no POST from other sites. The admin API alone also takes PATCH and DELETE: it accepts only
/// bearer tokens, never the session cookie, so a browser cannot be made to send one from another site. A body that cannot be read is <see cref="UnreadableFormFilter"/>'s.
/// </summary>
internal sealed class RequestRules(RequestDelegate next, IStringLocalizer<Strings> t, IOptions<QalamOptions> options)
{
    public const string Allowed = "GET, HEAD, POST";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsPost(request.Method)
            && !(Api.Admin.AdminApiSetup.IsAdminApi(request.Path) && (HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))))
        {
            // WordPress tools that PUT or DELETE are told, in the API's problem format, where writing went.
            if (request.Path.StartsWithSegments("/wp-json"))
            {
                await Api.WordPress.WordPressSetup.RefuseWriteAsync(context);
                return;
            }
            context.Response.Headers.Allow = Allowed;
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, t["MethodNotAllowed"]);
            return;
        }
        if (HttpMethods.IsPost(request.Method) && !FromThisSite(request))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, t["CrossSiteRefused"]);
            return;
        }
        AntiforgeryCookie.UseHostPrefix(context);
        await next(context);
    }

    /// <summary>
    /// Fetch metadata decides when the browser sends it: Sec-Fetch-Site is worked out from the page that really sent
    /// the request, and only same-origin and user-initiated (none) pass; same-site is refused, since a sibling
    /// subdomain is not this site. Origin is not consulted then: a page with Referrer-Policy: no-referrer (a share link
    /// page) makes the browser send "Origin: null" with its own forms. Only a browser without fetch metadata is judged
    /// by Origin, where "null" (a sandboxed frame, a data: page) cannot be told from another site's and is refused.
    /// </summary>
    private bool FromThisSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0) return fetchSite is "same-origin" or "none";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        // The Host was checked against AllowedHosts before this point, so the request's own origin can be trusted.
        return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || (options.Value.PublicUrl is { Length: > 0 } url && string.Equals(origin, url.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    private static async Task RefuseAsync(HttpContext context, int status, string line)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status405MethodNotAllowed) context.Response.Headers.Allow = Allowed;
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.WriteAsync(line + "\n");
    }
}
