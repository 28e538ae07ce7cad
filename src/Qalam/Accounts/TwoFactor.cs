using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;
using QRCoder;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>
/// Time-based one-time codes (RFC 6238, as authenticator apps make them) and one-time recovery codes.
/// The shared secret is stored encrypted with the data-protection keys (a copy of the database alone cannot make codes).
/// Recovery codes are stored hashed and shown only once; they are random (50 bits), so a fast hash is enough.
/// </summary>
public sealed class TwoFactor(TimeProvider clock, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Qalam.Accounts.TwoFactorSecret.v1");

    /// <summary>Gives the person a new, not yet confirmed secret.</summary>
    public void StartEnrolment(Person person)
    {
        person.TwoFactorSecret = _protector.Protect(NewSecret());
        person.LastTwoFactorStep = null;
    }

    /// <summary>The person's secret in clear (base32), or null when there is none or it can no longer be read.</summary>
    public string? SecretOf(Person person)
    {
        if (person.TwoFactorSecret is null) return null;
        try
        {
            return _protector.Unprotect(person.TwoFactorSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// Accepts the person's current code once (RFC 6238 §5.2): true when it matches and its 30-second step is later than
    /// the last accepted one, which it then becomes. The step is claimed with one conditional UPDATE, so two requests
    /// carrying the same code cannot both pass, whichever instance serves them.
    /// </summary>
    public async Task<bool> RedeemCodeAsync(QalamDb db, Person person, string? code, CancellationToken ct)
    {
        if (SecretOf(person) is not { } secret || Match(secret, code) is not { } step) return false;
        var claimed = await db.People.Where(p => p.Id == person.Id && (p.LastTwoFactorStep == null || p.LastTwoFactorStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastTwoFactorStep, step), ct);
        if (claimed == 0) return false;
        var entry = db.Entry(person).Property(p => p.LastTwoFactorStep);
        entry.CurrentValue = step;
        entry.OriginalValue = step;
        return true;
    }

    public const int RecoveryCodeCount = 10;
    public const string Issuer = "Qalam";

    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    /// <summary>The URI authenticator apps read (from the QR code or typed in).</summary>
    public static string AuthenticatorUri(string secret, string account) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={secret}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    public static string QrCodeSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>The 30-second step the code belongs to when it matches the current step or its neighbours (a phone's clock may be a little off); otherwise null.</summary>
    public long? Match(string secret, string? code)
    {
        var digits = Normalize(code);
        if (digits.Length != 6) return null;
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, digits, out var step, VerificationWindow.RfcSpecifiedNetworkDelay) ? step : null;
    }

    /// <summary>Makes new recovery codes, stores their hashes on the person and returns the codes to show once.</summary>
    public static IReadOnlyList<string> ResetRecoveryCodes(Person person)
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var codes = Enumerable.Range(0, RecoveryCodeCount)
            .Select(_ => RandomNumberGenerator.GetString(alphabet, 5) + "-" + RandomNumberGenerator.GetString(alphabet, 5))
            .ToList();
        person.RecoveryCodes = string.Join(';', codes.Select(Hash));
        return codes;
    }

    /// <summary>Uses up a recovery code: true once per code, then never again.</summary>
    public static bool RedeemRecoveryCode(Person person, string? code)
    {
        var candidate = (code ?? "").Trim().ToLowerInvariant();
        if (candidate.Length == 0 || string.IsNullOrEmpty(person.RecoveryCodes)) return false;
        var hashes = person.RecoveryCodes.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var hash = Hash(candidate);
        var match = hashes.FindIndex(h => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(h), Encoding.ASCII.GetBytes(hash)));
        if (match < 0) return false;
        hashes.RemoveAt(match);
        person.RecoveryCodes = string.Join(';', hashes);
        return true;
    }

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    public static int RemainingRecoveryCodes(Person person) =>
        string.IsNullOrEmpty(person.RecoveryCodes) ? 0 : person.RecoveryCodes.Split(';', StringSplitOptions.RemoveEmptyEntries).Length;

    public static void Disable(Person person)
    {
        person.TwoFactorEnabled = false;
        person.TwoFactorSecret = null;
        person.RecoveryCodes = null;
    }

    // Authenticator apps show "123 456"; people also type Arabic-Indic digits on Arabic keyboards.
    private static string Normalize(string? code)
    {
        var sb = new StringBuilder();
        foreach (var c in code ?? "")
        {
            if (c is >= '0' and <= '9') sb.Append(c);
            else if (c is >= '\u0660' and <= '\u0669') sb.Append((char)('0' + (c - '\u0660')));
            else if (c is >= '\u06F0' and <= '\u06F9') sb.Append((char)('0' + (c - '\u06F0')));
        }
        return sb.ToString();
    }
}
