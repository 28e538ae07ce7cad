using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>
/// When the site requires two-factor sign-in for editors and administrators, sends any of them who has not enrolled yet
/// to the enrolment page before any other admin page or action.
/// </summary>
internal sealed class TwoFactorRequirement(RequestDelegate next)
{
    public const string EnrolmentPath = "/admin/account/two-factor";

    // What someone must still reach while enrolling: the enrolment itself, signing out, the language switch.
    private static readonly string[] Exempt = [EnrolmentPath, "/admin/sign-out", "/admin/language", "/admin/sign-in"];

    public async Task InvokeAsync(HttpContext http, QalamDb db)
    {
        if (http.Request.Path.StartsWithSegments("/admin")
            && !Exempt.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && Policies.RoleOf(http.User) is >= Role.Editor
            && Policies.IdOf(http.User) is { } id
            && await db.Settings.AsNoTracking().AnyAsync(s => s.RequireTwoFactorForStaff)
            && await db.People.AsNoTracking().AnyAsync(p => p.Id == id && !p.TwoFactorEnabled))
        {
            http.Response.Redirect(EnrolmentPath);
            return;
        }
        await next(http);
    }
}
