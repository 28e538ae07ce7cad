using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Pages.Admin;

public sealed class SignOutModel(AuditLog audit, QalamDb db) : AdminPageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        audit.Record("sign-out", CurrentUserId is { } id ? $"person:{id}" : null);
        // The cookie is the session: a copy taken before signing out must stop working, so the person's stamp changes
        // (which ends their other sessions too; the audit line says so).
        if (CurrentUserId is { } me && await db.People.FindAsync([me], ct) is { } person) person.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(ct);
        await HttpContext.SignOutAsync(AccountsSetup.Scheme);
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        return Redirect("/admin/sign-in");
    }
}
