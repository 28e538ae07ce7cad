using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;

namespace Qalam.Pages.Admin;

public sealed class SignInModel(SignInService signIn, IStringLocalizer<AdminStrings> a) : AdminPageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() => PageTitle = a["SignInHeading"];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = a["SignInHeading"];
        var (outcome, person) = await signIn.CheckPasswordAsync(Email, Password, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (outcome != SignInService.Outcome.SignedIn || person is null)
        {
            // One message for a wrong email, a wrong password and a locked account: no hint which it was.
            Error = a["SignInFailed"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin";
        if (person.TwoFactorEnabled && person.TwoFactorSecret is not null)
        {
            await TwoFactorSignIn.BeginAsync(HttpContext, person);
            return LocalRedirect($"/admin/sign-in/two-factor?returnUrl={Uri.EscapeDataString(next)}");
        }
        await signIn.SignInAsync(HttpContext, person, ct);
        return LocalRedirect(next);
    }
}
