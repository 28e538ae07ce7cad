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
        await db.SaveChangesAsync(ct);
        await HttpContext.SignOutAsync(AccountsSetup.Scheme);
        return Redirect("/admin/sign-in");
    }
}
