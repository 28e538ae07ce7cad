using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>The second sign-in step: after the right password, an authenticator code or a recovery code.</summary>
public sealed class TwoFactorSignIn(QalamDb db, SignInService signIn, SignInLockout lockout, TwoFactor twoFactor, AuditLog audit)
{
    public enum Outcome { SignedIn, Failed, LockedOut }

    /// <summary>Remembers, for five minutes, who passed the password step; no session is issued yet.</summary>
    public static Task BeginAsync(HttpContext http, Person person) =>
        http.SignInAsync(AccountsSetup.TwoFactorScheme, new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(Policies.StampClaim, person.SecurityStamp),
        ], AccountsSetup.TwoFactorScheme)));

    /// <summary>The person half-way through signing in, if the first step is still valid.</summary>
    public async Task<Person?> FindPendingAsync(HttpContext http, CancellationToken ct = default)
    {
        var result = await http.AuthenticateAsync(AccountsSetup.TwoFactorScheme);
        if (result.Principal is not { } principal || Policies.IdOf(principal) is not { } id) return null;
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        return person is { IsActive: true, TwoFactorEnabled: true, TwoFactorSecret: not null }
            && person.SecurityStamp == principal.FindFirstValue(Policies.StampClaim) ? person : null;
    }

    public async Task<Outcome> CompleteAsync(HttpContext http, Person person, string? code, string? recoveryCode, CancellationToken ct = default)
    {
        if (await lockout.IsLockedAsync(person, SignInFailure.CodeScope, ct))
        {
            audit.Record("sign-in-locked", $"person:{person.Id}", actorId: person.Id, actorName: person.Email);
            await db.SaveChangesAsync(ct);
            return Outcome.LockedOut;
        }
        var usedRecovery = string.IsNullOrWhiteSpace(code) && TwoFactor.RedeemRecoveryCode(person, recoveryCode);
        if (!usedRecovery && !await twoFactor.RedeemCodeAsync(db, person, code, ct))
        {
            audit.Record("two-factor-failed", $"person:{person.Id}", actorId: person.Id, actorName: person.Email);
            await lockout.CountFailureAsync(person, SignInFailure.CodeScope, ct);
            await db.SaveChangesAsync(ct);
            return Outcome.Failed;
        }
        if (usedRecovery)
        {
            audit.Record("recovery-code-used", $"person:{person.Id}", $"{TwoFactor.RemainingRecoveryCodes(person)} left", actorId: person.Id, actorName: person.Email);
        }
        await lockout.ResetAsync(person, SignInFailure.CodeScope, ct);
        await signIn.SignInAsync(http, person, ct);
        return Outcome.SignedIn;
    }
}
