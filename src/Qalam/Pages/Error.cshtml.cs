using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Pages;

/// <summary>
/// The 404, 410 (a file that is unavailable), 413, 429, 500 and 503 pages, in the site's frame. A 404 first looks for a
/// redirect from the address asked for. A database that is locked, unreachable or out of space is a 503 with
/// Retry-After: the request may succeed later, and nothing of it was kept.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(RedirectResolver redirects, IStringLocalizer<Strings> t) : SitePageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    /// <summary>The id this request's log lines carry; shown on 5xx pages only.</summary>
    public string? RequestId { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => HandleAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => HandleAsync(ct);

    private async Task<IActionResult> HandleAsync(CancellationToken ct)
    {
        // From the route, not a bound parameter: re-executing a post binds its form again, and a form that cannot be
        // read skips all binding, which left the code 0 and the answer "HTTP/1.1 0".
        var code = Convert.ToInt32(RouteData.Values["code"], CultureInfo.InvariantCulture);
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (reExecute is null && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null)
        {
            // Asked for directly, not as the page of another request's error.
            return NotFound();
        }
        if (code == 404 && reExecute is not null && await redirects.FindAsync(reExecute.OriginalPath + reExecute.OriginalQueryString, ct) is { } target)
        {
            return RedirectPermanent(target);
        }
        NoIndex = true;
        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var storageFull = error is not null && DatabaseErrors.IsStorageFull(error);
        if (error is not null && DatabaseErrors.IsUnavailable(error))
        {
            code = 503;
            // A lock outlasts a busy wait by seconds; a full disk waits for a person.
            Response.Headers.RetryAfter = storageFull ? "600" : "30";
        }
        Response.StatusCode = code;
        // An admin address's error (a confidential download) speaks the person's interface language, as the admin does.
        var original = reExecute?.OriginalPath ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (original?.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase) == true
            && HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture is { } ui)
        {
            UseFrameLanguage(Languages.OfInterface(ui).Code);
        }
        (Heading, Message) = code switch
        {
            404 => (t["NotFoundHeading"].Value, t["NotFoundMessage"].Value),
            410 => (t["FileUnavailableHeading"].Value, t["FileUnavailableMessage"].Value),
            413 => (t["ErrorHeading"].Value, t["RequestTooLarge"].Value),
            // Retry-After was set by whoever refused the request (the confidential download limit).
            429 => (t["TooManyRequestsHeading"].Value, string.Format(CultureInfo.CurrentCulture, t["TooManyRequestsMessage"],
                Site.FormatNumber(int.TryParse(Response.Headers.RetryAfter, out var wait) ? wait : 60, Language))),
            503 => (t["UnavailableHeading"].Value, storageFull ? t["StorageFullMessage"].Value : t["UnavailableMessage"].Value),
            >= 500 => (t["ErrorHeading"].Value, t["ErrorMessage"].Value),
            _ => (t["ErrorHeading"].Value, string.Format(t["ErrorCodeMessage"], code)),
        };
        if (code >= 500) RequestId = HttpContext.TraceIdentifier;
        PageTitle = Heading;
        return Page();
    }
}
