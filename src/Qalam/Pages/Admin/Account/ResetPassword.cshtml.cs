using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Pages.Admin.Account;

/// <summary>Sets a password from a one-time link (reset or invitation). Setting it changes the stamp: the link and every session end.</summary>
public sealed class ResetPasswordModel(QalamDb db, PasswordReset reset, PeopleService people, SignInLockout lockout, AdminSessions sessions, AuditLog audit, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string NewPassword { get; set; } = "";
    [BindProperty] public string ConfirmPassword { get; set; } = "";
    public bool LinkValid { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["ResetPasswordHeading"];
        LinkValid = await reset.FindPersonAsync(Token, ct) is not null;
        if (!LinkValid) Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = t["ResetPasswordHeading"];
        var person = await reset.FindPersonAsync(Token, ct);
        LinkValid = person is not null;
        Error = person is null ? null
            : PasswordRules.Problem(NewPassword, person) is { } problem ? string.Format(t[problem.Key], problem.Limit)
            : NewPassword != ConfirmPassword ? t["PasswordsDiffer"].Value
            : null;
        if (person is null || Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        people.SetPassword(person, NewPassword);
        // The owner's way out of any lock: whoever holds the mailed link is the person.
        await lockout.ResetAllAsync(person, ct);
        await sessions.EndAllAsync(person.Id, ct: ct);
        audit.Record("password-reset", $"person:{person.Id}", actorId: person.Id, actorName: person.Email);
        await db.SaveChangesAsync(ct);
        Flash = t["PasswordSetSignIn"];
        return Redirect("/admin/sign-in");
    }
}
