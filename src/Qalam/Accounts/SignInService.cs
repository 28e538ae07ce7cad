using Microsoft.Extensions.Options;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>Checks a password and issues the sign-in cookie; validates the cookie on every request.</summary>
public sealed class SignInService(QalamDb db, IPasswordHasher<Person> hasher, AuditLog audit, SignInLockout lockout, AdminSessions sessions)
{
    public enum Outcome { SignedIn, Failed, LockedOut }

    /// <summary>Verifies email and password. Failures look the same whether or not the email exists.</summary>
    public async Task<(Outcome Outcome, Person? Person)> CheckPasswordAsync(string email, string password, string? ip, CancellationToken ct = default)
    {
        if (password.Length > PasswordRules.MaxLength)
        {
            // No password this long can be set, so it is wrong without spending a hash on it.
            audit.Record("sign-in-failed", details: $"password over {PasswordRules.MaxLength} characters", actorName: email);
            await db.SaveChangesAsync(ct);
            return (Outcome.Failed, null);
        }
        var normalized = PeopleService.NormalizeEmail(email);
        var person = await db.People.FirstOrDefaultAsync(p => p.NormalizedEmail == normalized, ct);
        if (person is null || person.PasswordHash is null || !person.IsActive)
        {
            // Spend the same time as a real check so the answer's timing does not reveal whether the email exists.
            hasher.VerifyHashedPassword(Dummy, DummyHash, password);
            audit.Record("sign-in-failed", details: "unknown or disabled account", actorName: email);
            await db.SaveChangesAsync(ct);
            return (Outcome.Failed, null);
        }
        var scope = SignInFailure.AddressScope(ip);
        if (await lockout.IsLockedAsync(person, scope, ct))
        {
            audit.Record("sign-in-locked", $"person:{person.Id}", actorId: person.Id, actorName: person.Email);
            await db.SaveChangesAsync(ct);
            return (Outcome.LockedOut, null);
        }
        var result = hasher.VerifyHashedPassword(person, person.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            audit.Record("sign-in-failed", $"person:{person.Id}", actorId: person.Id, actorName: person.Email);
            await lockout.CountFailureAsync(person, scope, ct);
            await db.SaveChangesAsync(ct);
            return (Outcome.Failed, null);
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded) person.PasswordHash = hasher.HashPassword(person, password);
        await lockout.ResetAsync(person, scope, ct);
        await db.SaveChangesAsync(ct);
        return (Outcome.SignedIn, person);
    }

    public const int MaxFailures = SignInLockout.MaxFailures;

    /// <summary>Issues the cookie and records the sign-in.</summary>
    public async Task SignInAsync(HttpContext http, Person person, CancellationToken ct = default)
    {
        await http.SignOutAsync(AccountsSetup.TwoFactorScheme);
        var session = sessions.Start(person);
        audit.Record("sign-in", $"person:{person.Id}", actorId: person.Id, actorName: person.Email);
        await db.SaveChangesAsync(ct);
        await http.SignInAsync(AccountsSetup.Scheme, Principal(person, session), new AuthenticationProperties { IsPersistent = false });
        RememberLanguage(http, person.UiLanguage);
        FirstAdministrator.ForgetAfterSignIn(person, http.RequestServices.GetRequiredService<IOptions<QalamOptions>>().Value.DataPath());
    }

    /// <summary>Re-issues the current session's cookie after the person's stamp changed (their own password change), so only the other sessions end.</summary>
    public async Task RefreshAsync(HttpContext http, Person person, CancellationToken ct = default)
    {
        var session = http.User.FindFirstValue(Policies.SessionClaim);
        await sessions.EndAllAsync(person.Id, keep: session, ct);
        await http.SignInAsync(AccountsSetup.Scheme, Principal(person, session ?? ""), new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>Ends every session of the person, this one included, by changing the stamp every cookie carries.</summary>
    public async Task SignOutEverywhereAsync(HttpContext http, Person person, CancellationToken ct = default)
    {
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        audit.Record("sign-out-everywhere", $"person:{person.Id}");
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(person.Id, ct: ct);
        await http.SignOutAsync(AccountsSetup.Scheme);
    }

    /// <summary>The interface culture of one of the site's languages by its code; the default's for any other (a language since removed from the setting).</summary>
    public static System.Globalization.CultureInfo InterfaceCulture(HttpContext http, string? language)
    {
        var languages = http.RequestServices.GetRequiredService<Localization.Languages>();
        return (languages.Find(language) ?? languages.Default).Interface;
    }

    public static void RememberLanguage(HttpContext http, string language) =>
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(InterfaceCulture(http, language))),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365) });

    public static ClaimsPrincipal Principal(Person person, string session) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, person.DisplayName),
        new Claim(ClaimTypes.Email, person.Email ?? ""),
        new Claim(Policies.RoleClaim, person.Role.ToString()),
        new Claim(Policies.StampClaim, person.SecurityStamp),
        new Claim(Policies.SessionClaim, session),
    ], AccountsSetup.Scheme, ClaimTypes.Name, Policies.RoleClaim));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal is null ? null : Policies.IdOf(context.Principal);
        var db = context.HttpContext.RequestServices.GetRequiredService<QalamDb>();
        var person = id is null ? null : await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        var stamp = context.Principal?.FindFirstValue(Policies.StampClaim);
        var role = context.Principal?.FindFirstValue(Policies.RoleClaim);
        // The session record is the server's say: a copied cookie whose record was deleted (sign-out) is refused.
        if (person is null || !person.IsActive || person.SecurityStamp != stamp || person.Role.ToString() != role
            || !await AdminSessions.ExistsAsync(db, context.Principal?.FindFirstValue(Policies.SessionClaim), person.Id))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccountsSetup.Scheme);
        }
    }

    private static readonly Person Dummy = new() { DisplayName = "", Slug = "" };
    private static readonly string DummyHash = new PasswordHasher<Person>().HashPassword(Dummy, Guid.NewGuid().ToString());
}
