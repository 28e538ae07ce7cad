using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;

namespace Qalam.Pages.Admin.Account;

/// <summary>The second step of signing in for people with two-factor sign-in on.</summary>
public sealed class SignInTwoFactorModel(TwoFactorSignIn twoFactor, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["TwoFactorStepHeading"];
        return await twoFactor.FindPendingAsync(HttpContext, ct) is null ? Redirect("/admin/sign-in") : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = t["TwoFactorStepHeading"];
        if (await twoFactor.FindPendingAsync(HttpContext, ct) is not { } person) return Redirect("/admin/sign-in");
        var outcome = await twoFactor.CompleteAsync(HttpContext, person, Code, RecoveryCode, ct);
        if (outcome == TwoFactorSignIn.Outcome.SignedIn) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
        Error = outcome == TwoFactorSignIn.Outcome.LockedOut ? t["TwoFactorLocked"] : t["TwoFactorWrong"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
