using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Account;

/// <summary>Turning two-factor sign-in on (scan or type the secret, confirm one code, keep the recovery codes) and off.</summary>
public sealed class TwoFactorModel(QalamDb db, TwoFactor twoFactor, SiteContext site, IPasswordHasher<Person> hasher, AuditLog audit, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Password { get; set; }
    public Person Me { get; private set; } = null!;
    public bool Required { get; private set; }
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];
    public string? Error { get; private set; }
    /// <summary>The pending secret in clear, only while enrolling.</summary>
    public string? Secret { get; private set; }
    public string AuthenticatorUri => TwoFactor.AuthenticatorUri(Secret!, Me.Email ?? Me.Slug);
    /// <summary>The key in groups of four, as people copy it into an app by hand (apps ignore the spaces).</summary>
    public string GroupedSecret => string.Join(' ', Secret!.Chunk(4).Select(c => new string(c)));
    public int RecoveryCodesLeft => TwoFactor.RemainingRecoveryCodes(Me);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (!Me.TwoFactorEnabled) await PendingSecretAsync(ct);
        return Page();
    }

    /// <summary>The QR code of the pending secret, as an SVG image (no script, no inline style).</summary>
    public async Task<IActionResult> OnGetQrAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Me.TwoFactorEnabled || (Secret = twoFactor.SecretOf(Me)) is null) return NotFound();
        return Content(TwoFactor.QrCodeSvg(AuthenticatorUri), "image/svg+xml");
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (Me.TwoFactorEnabled) return Redirect("/admin/account/two-factor");
        if (!await twoFactor.RedeemCodeAsync(db, Me, Code, ct))
        {
            await PendingSecretAsync(ct);
            return Invalid(t["EnrolCodeWrong"]);
        }
        Me.TwoFactorEnabled = true;
        NewRecoveryCodes = TwoFactor.ResetRecoveryCodes(Me);
        audit.Record("two-factor-enabled", $"person:{Me.Id}");
        await db.SaveChangesAsync(ct);
        // Shown once, on this response only: never stored in clear, never cached.
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (!Me.TwoFactorEnabled) return Redirect("/admin/account/two-factor");
        if (!PasswordMatches()) return Invalid(t["CurrentPasswordWrong"]);
        NewRecoveryCodes = TwoFactor.ResetRecoveryCodes(Me);
        audit.Record("recovery-codes-renewed", $"person:{Me.Id}");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (!Me.TwoFactorEnabled) return Redirect("/admin/account/two-factor");
        if (Required) return Invalid(t["TwoFactorCannotDisable"]);
        if (!PasswordMatches()) return Invalid(t["CurrentPasswordWrong"]);
        TwoFactor.Disable(Me);
        audit.Record("two-factor-disabled", $"person:{Me.Id}");
        await db.SaveChangesAsync(ct);
        Flash = t["TwoFactorDisabled"];
        return Redirect("/admin/account/two-factor");
    }

    /// <summary>The secret waits on the profile, unused, until a code from it is confirmed.</summary>
    private async Task PendingSecretAsync(CancellationToken ct)
    {
        Secret = twoFactor.SecretOf(Me);
        if (Secret is not null) return;
        twoFactor.StartEnrolment(Me);
        await db.SaveChangesAsync(ct);
        Secret = twoFactor.SecretOf(Me);
    }

    private bool PasswordMatches() =>
        Me.PasswordHash is not null && Password is not null && hasher.VerifyHashedPassword(Me, Me.PasswordHash, Password) != PasswordVerificationResult.Failed;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        PageTitle = t["TwoFactorHeading"];
        if (CurrentUserId is not { } id || await db.People.FindAsync([id], ct) is not { } me) return false;
        Me = me;
        Required = me.Role >= Role.Editor && (await site.GetSettingsAsync(ct)).RequireTwoFactorForStaff;
        return true;
    }

    private PageResult Invalid(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
