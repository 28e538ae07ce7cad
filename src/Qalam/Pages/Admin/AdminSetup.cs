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
    });
}
