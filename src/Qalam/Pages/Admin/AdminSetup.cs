using Microsoft.AspNetCore.RateLimiting;
using Qalam.Accounts;

namespace Qalam.Pages.Admin;

public static class AdminSetup
{
    /// <summary>Everything under /admin needs a signed-in person; pages narrow it further with [Authorize(Policy = …)].</summary>
    public static IMvcBuilder AddQalamAdmin(this IMvcBuilder mvc) => mvc.AddRazorPagesOptions(o =>
    {
        o.Conventions.AuthorizeFolder("/Admin", Policies.Staff);
        o.Conventions.AllowAnonymousToPage("/Admin/SignIn");
        o.Conventions.AllowAnonymousToPage("/Admin/Denied");
        // The limit rides on the endpoint, not on a path string: "/admin/sign-in/" or "/ADMIN/sign-in" count too.
        foreach (var page in SignInRateLimit.LimitedPages)
        {
            o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignInRateLimit.Policy)));
        }
    });
}
