using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Pages.Admin;

public sealed class SignOutModel(AuditLog audit, AdminSessions sessions, QalamDb db) : AdminPageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        audit.Record("sign-out", CurrentUserId is { } id ? $"person:{id}" : null);
        await db.SaveChangesAsync(ct);
        // Deleting the record ends this cookie on the server, even a copy of it; the browser is told to forget the rest.
        await sessions.EndAsync(User.FindFirstValue(Policies.SessionClaim), ct);
        await HttpContext.SignOutAsync(AccountsSetup.Scheme);
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        return Redirect("/admin/sign-in");
    }
}
