using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.People;

/// <summary>Invites someone: the person is created without a password and gets a link to set one (mailed when SMTP is set up, shown here always).</summary>
public sealed class AddModel(QalamDb db, PeopleService people, PasswordReset reset, Mailer mailer, AuditLog audit, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public Role Role { get; set; } = Role.Author;
    public string? Error { get; private set; }
    public string? InvitationLink { get; private set; }
    public bool Mailed { get; private set; }

    public void OnGet() => PageTitle = t["InviteHeading"];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = t["InviteHeading"];
        var normalized = PeopleService.NormalizeEmail(Email);
        Error = !new EmailAddressAttribute().IsValid(Email) || Email.Length > 320 ? t["EmailInvalid"].Value
            : string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Length > 200 ? t["DisplayNameInvalid"].Value
            : !Enum.IsDefined(Role) ? t["RoleInvalid"].Value
            : await db.People.AnyAsync(p => p.NormalizedEmail == normalized, ct) ? t["EmailTaken"].Value
            : null;
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Recorded before the person is added, so the entry is saved in the same SaveChanges as the new account.
        audit.Record("person-invited", $"email:{Email.Trim()}", $"role {Role}");
        var person = await people.AddAsync(Email, DisplayName, Role, password: null, ct);
        InvitationLink = reset.CreateLink(person, PasswordReset.InvitationLifetime, reset.SiteRoot(Request));
        Mailed = await mailer.TrySendAsync(person.Email!, t["InviteMailSubject"],
            string.Format(t["InviteMailBody"], person.DisplayName, InvitationLink, (int)PasswordReset.InvitationLifetime.TotalDays), ct);
        return Page();
    }
}
