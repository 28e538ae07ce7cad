using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Pages.Admin.Account;

/// <summary>Asks for a reset link. The answer is the same whether or not the email belongs to someone.</summary>
public sealed class ForgotPasswordModel(QalamDb db, PasswordReset reset, Mailer mailer, MailQueue mail, AuditLog audit, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    [BindProperty] public string Email { get; set; } = "";
    public bool Sent { get; private set; }

    public void OnGet() => PageTitle = t["ForgotPasswordHeading"];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = t["ForgotPasswordHeading"];
        var normalized = PeopleService.NormalizeEmail(Email);
        var person = await db.People.FirstOrDefaultAsync(p => p.NormalizedEmail == normalized && p.IsActive, ct);
        audit.Record("password-reset-requested", person is null ? null : $"person:{person.Id}", actorId: person?.Id, actorName: Email.Trim());
        await db.SaveChangesAsync(ct);
        if (person?.Email is { } to && mailer.Enabled)
        {
            var link = reset.CreateLink(person, PasswordReset.ResetLifetime, reset.SiteRoot(Request));
            // Queued, not sent inline: the answer takes the same time whether or not the email belongs to someone.
            mail.Enqueue(to, t["ResetMailSubject"], string.Format(t["ResetMailBody"], person.DisplayName, link, (int)PasswordReset.ResetLifetime.TotalHours));
        }
        Sent = true;
        return Page();
    }
}
