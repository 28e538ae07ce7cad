using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>
/// One-time, expiring links to set a password (after "forgot password", or an invitation). The token carries the person's
/// security stamp, which setting a password changes, so a link works once. Expiry is checked against the app's clock.
/// </summary>
public sealed class PasswordReset(QalamDb db, IDataProtectionProvider protection, TimeProvider clock, IOptions<QalamOptions> options)
{
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(2);
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(3);
    public const string Path = "/admin/reset-password";

    private readonly IDataProtector _protector = protection.CreateProtector("Qalam.Accounts.PasswordReset.v1");

    public string CreateToken(Person person, TimeSpan lifetime)
    {
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return _protector.Protect(string.Join('|', person.Id.ToString(CultureInfo.InvariantCulture), person.SecurityStamp, expires.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The absolute link under <paramref name="root"/>, e.g. https://example.org.</summary>
    public string CreateLink(Person person, TimeSpan lifetime, string root) =>
        $"{root.TrimEnd('/')}{Path}?token={Uri.EscapeDataString(CreateToken(person, lifetime))}";

    /// <summary>
    /// Where links point: only ever a configured address (<see cref="QalamOptions.LinkRoot"/>), never the request's
    /// Host header, which a sender could forge to point a mailed link elsewhere.
    /// </summary>
    public string SiteRoot(HttpRequest? request) => options.Value.LinkRoot();

    /// <summary>The person the token is for, or null when it is forged, expired, already used or the account is disabled.</summary>
    public async Task<Person?> FindPersonAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split('|');
        if (parts.Length != 3
            || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires)
            || clock.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return null;
        }
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        return person is { IsActive: true } && person.SecurityStamp == parts[1] ? person : null;
    }
}
