using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Qalam.Accounts;

namespace Qalam.Pages.Admin;

public static class AdminSetup
{
    /// <summary>
    /// Every page under /admin gets its policy from <see cref="AdminPolicies"/>, by convention: page models carry no
    /// authorisation attribute, and a page missing from the table is for administrators only. The sign-in limit rides
    /// on the endpoint too, not on a path string: "/admin/sign-in/" or "/ADMIN/sign-in" count as well.
    /// </summary>
    public static IMvcBuilder AddQalamAdmin(this IMvcBuilder mvc)
    {
        mvc.Services.AddScoped<Audit.AuditText>();
        return mvc.AddRazorPagesOptions(o =>
        o.Conventions.AddFolderApplicationModelConvention("/Admin", page =>
        {
            var policy = AdminPolicies.PolicyFor(page.ViewEnginePath);
            page.EndpointMetadata.Add(policy == AdminPolicies.Anonymous ? new AllowAnonymousAttribute() : new AuthorizeAttribute(policy));
            if (SignInRateLimit.LimitedPages.Contains(page.ViewEnginePath, StringComparer.Ordinal))
            {
                page.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignInRateLimit.Policy));
            }
        }));
    }
}
