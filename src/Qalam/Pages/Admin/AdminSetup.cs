using Microsoft.AspNetCore.Authorization;

namespace Qalam.Pages.Admin;

public static class AdminSetup
{
    /// <summary>
    /// Every page under /admin gets its policy from <see cref="AdminPolicies"/>, by convention: page models carry no
    /// authorisation attribute, and a page missing from the table is for administrators only.
    /// </summary>
    public static IMvcBuilder AddQalamAdmin(this IMvcBuilder mvc) => mvc.AddRazorPagesOptions(o =>
        o.Conventions.AddFolderApplicationModelConvention("/Admin", page =>
        {
            var policy = AdminPolicies.PolicyFor(page.ViewEnginePath);
            page.EndpointMetadata.Add(policy == AdminPolicies.Anonymous ? new AllowAnonymousAttribute() : new AuthorizeAttribute(policy));
        }));
}
