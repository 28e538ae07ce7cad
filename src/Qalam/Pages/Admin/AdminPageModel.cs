using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Pages.Admin;

/// <summary>Base of admin pages: the signed-in person's id and role, and the interface language (their choice; the site's default language otherwise).</summary>
public abstract class AdminPageModel : PageModel
{
    public int? CurrentUserId => Policies.IdOf(User);
    public Role? CurrentRole => Policies.RoleOf(User);
    /// <summary>The interface language: the signed-in person's choice among the site's languages (the cookie), else the default.</summary>
    public Language Ui => HttpContext.RequestServices.GetRequiredService<Languages>().Current;
    public string UiLanguage => Ui.Code;
    public string Direction => Ui.Direction;
    public string PageTitle { get; protected set; } = "";

    /// <summary>A one-time message shown after a redirect (post/redirect/get).</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Flash { get; set; }

    public bool Can(Role atLeast) => Policies.Can(User, atLeast);

    /// <summary>Confidential documents' pages send none at all: their addresses name the document.</summary>
    protected virtual string ReferrerPolicy => "same-origin";

    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // Admin pages are never cached or indexed, and their addresses (ids, share links) never leak to another site as a
        // referrer. Same-origin rather than none: a browser that sends no Sec-Fetch-Site then still sends a real Origin
        // with the admin's forms, which the request rules need.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = ReferrerPolicy;
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return next();
    }
}
