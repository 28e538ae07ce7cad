using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Account;

/// <summary>The signed-in person's own profile, password, two-factor state and "sign out everywhere".</summary>
public sealed class IndexModel(QalamDb db, PeopleService people, SignInService signIn, IPasswordHasher<Person> hasher, AuditLog audit, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    [BindProperty] public ProfileForm Profile { get; set; } = new();
    [BindProperty] public string CurrentPassword { get; set; } = "";
    [BindProperty] public string NewPassword { get; set; } = "";
    [BindProperty] public string ConfirmPassword { get; set; } = "";
    public Person Me { get; private set; } = null!;
    public List<string> ProfileErrors { get; } = [];
    public string? PasswordError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null) return Challenge();
        Profile = ProfileForm.From(Me);
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null) return Challenge();
        ProfileErrors.AddRange(Profile.Problems().Select(k => t[k].Value));
        if (ProfileErrors.Count > 0) return Invalid();
        await people.SaveProfileAsync(Me, Profile, ct);
        SignInService.RememberLanguage(HttpContext, Me.UiLanguage);
        Flash = t["ProfileSaved"];
        return Redirect("/admin/account");
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null) return Challenge();
        Profile = ProfileForm.From(Me);
        PasswordError = Me.PasswordHash is null || hasher.VerifyHashedPassword(Me, Me.PasswordHash, CurrentPassword) == PasswordVerificationResult.Failed ? t["CurrentPasswordWrong"]
            : PasswordRules.Problem(NewPassword, Me) is { } problem ? string.Format(t[problem.Key], problem.Limit)
            : NewPassword != ConfirmPassword ? t["PasswordsDiffer"].Value
            : null;
        if (PasswordError is not null) return Invalid();
        people.SetPassword(Me, NewPassword);
        audit.Record("password-changed", $"person:{Me.Id}");
        await db.SaveChangesAsync(ct);
        // The new stamp ends every other session; this one gets a fresh cookie.
        await signIn.RefreshAsync(HttpContext, Me, ct);
        Flash = t["PasswordChanged"];
        return Redirect("/admin/account");
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null) return Challenge();
        await signIn.SignOutEverywhereAsync(HttpContext, Me, ct);
        Flash = t["SignedOutEverywhere"];
        return Redirect("/admin/sign-in");
    }

    private async Task<Person?> LoadAsync(CancellationToken ct)
    {
        PageTitle = t["AccountHeading"];
        Me = (CurrentUserId is { } id ? await db.People.FindAsync([id], ct) : null)!;
        return Me;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
