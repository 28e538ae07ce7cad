using Microsoft.AspNetCore.Mvc;
using Qalam.Accounts;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Pages.Admin;

/// <summary>Switches the admin interface language for the signed-in person and remembers it on their profile.</summary>
public sealed class LanguageModel(QalamDb db, Languages languages) : AdminPageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl, CancellationToken ct)
    {
        // Any of the site's languages; anything else is the default's.
        var chosen = languages.Find(language) ?? languages.Default;
        if (CurrentUserId is { } id && await db.People.FindAsync([id], ct) is { } person)
        {
            person.UiLanguage = chosen.Code;
            await db.SaveChangesAsync(ct);
        }
        SignInService.RememberLanguage(HttpContext, chosen.Code);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin");
    }
}
