using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Qalam.Data;

namespace Qalam.Pages.Admin;

/// <summary>Switches the admin interface language for the signed-in person and remembers it on their profile.</summary>
public sealed class LanguageModel(QalamDb db) : AdminPageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync(string language, string? returnUrl, CancellationToken ct)
    {
        var lang = language == "en" ? "en" : "ar";
        if (CurrentUserId is { } id && await db.People.FindAsync([id], ct) is { } person)
        {
            person.UiLanguage = lang;
            await db.SaveChangesAsync(ct);
        }
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang)),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Expires = DateTimeOffset.UtcNow.AddYears(1) });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin");
    }
}
