using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>
/// Making and revoking personal access tokens, each with its audit line. A secret is "qlm_" and 43 characters of
/// base64url (256 random bits): the prefix lets secret scanners and people recognise it, and the randomness makes a
/// fast hash (SHA-256) enough, since there is nothing to guess a password from.
/// </summary>
public sealed class AccessTokens(QalamDb db, AuditLog audit, TimeProvider clock)
{
    public const string Prefix = "qlm_";

    /// <summary>Makes a token and returns the secret, which is never stored and cannot be shown again.</summary>
    public async Task<(AccessToken Token, string Secret)> CreateAsync(Person person, string name, IEnumerable<string> scopes, DateTimeOffset? expiresUtc, CancellationToken ct = default)
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new AccessToken
        {
            PersonId = person.Id, Name = name.Trim(), Hash = HashOf(secret), Hint = secret[..(Prefix.Length + 4)],
            Scopes = string.Join(' ', TokenScopes.Known(scopes)), CreatedUtc = clock.GetUtcNow(), ExpiresUtc = expiresUtc,
        };
        db.AccessTokens.Add(token);
        audit.Record("token-created", $"person:{person.Id}", $"{token.Name} ({token.Scopes}){(expiresUtc is { } at ? ", until " + at.ToString("O") : "")}");
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    /// <summary>Ends a token at once; its row stays, so the audit log and the list still name it.</summary>
    public async Task RevokeAsync(AccessToken token, CancellationToken ct = default)
    {
        if (token.RevokedUtc is not null) return;
        token.RevokedUtc = clock.GetUtcNow();
        audit.Record("token-revoked", $"person:{token.PersonId}", token.Name);
        await db.SaveChangesAsync(ct);
    }

    public Task<List<AccessToken>> ListAsync(int? personId, CancellationToken ct = default) =>
        db.AccessTokens.AsNoTracking().Include(t => t.Person).Where(t => personId == null || t.PersonId == personId)
            .OrderBy(t => t.RevokedUtc != null).ThenByDescending(t => t.CreatedUtc).ToListAsync(ct);

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
