using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// Expiring, revocable links for one named outside recipient. The token is shown once to the administrator who makes
/// the link; the database keeps only its SHA-256, so a copy of the database opens nothing.
/// </summary>
public sealed class ShareLinks(QalamDb db, AuditLog audit, TimeProvider clock)
{
    public async Task<(ShareLink Link, string Token)> CreateAsync(ConfidentialDocument doc, string recipientName, string? recipientEmail, TimeSpan lifetime, int? createdById, CancellationToken ct = default)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var link = new ShareLink
        {
            DocumentId = doc.Id,
            TokenHash = Hash(token),
            RecipientName = recipientName.Trim(),
            RecipientEmail = string.IsNullOrWhiteSpace(recipientEmail) ? null : recipientEmail.Trim(),
            CreatedUtc = now,
            ExpiresUtc = now + lifetime,
            CreatedById = createdById,
        };
        db.ShareLinks.Add(link);
        audit.Record("share-link-created", ConfidentialCopies.Subject(doc), $"recipient={link.RecipientName}; expires={link.ExpiresUtc:O}");
        await db.SaveChangesAsync(ct);
        return (link, token);
    }

    /// <summary>The live link for a token, with its document; null when unknown, expired or revoked.</summary>
    public async Task<(ShareLink Link, ConfidentialDocument Document)?> FindActiveAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null || link.RevokedUtc is not null || link.ExpiresUtc <= now) return null;
        var doc = await db.ConfidentialDocuments.AsNoTracking().FirstAsync(d => d.Id == link.DocumentId, ct);
        return (link, doc);
    }

    public async Task<bool> RevokeAsync(ConfidentialDocument doc, int linkId, CancellationToken ct = default)
    {
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.DocumentId == doc.Id, ct);
        if (link is null || link.RevokedUtc is not null) return false;
        link.RevokedUtc = clock.GetUtcNow();
        audit.Record("share-link-revoked", ConfidentialCopies.Subject(doc), $"recipient={link.RecipientName}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
