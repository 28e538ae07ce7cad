using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>A file ready to send: the stamped bytes, their type and the name to save them under.</summary>
public sealed record StampedFile(byte[] Bytes, string ContentType, string FileName, Guid CopyId);

/// <summary>
/// Hands out confidential files. The audit entry and the copy record are saved before the copy is stamped, so a copy
/// that leaves the building always has a line in the log (if the log cannot be written, nothing is sent). A file that
/// cannot be read is logged as unavailable instead, and no copy is recorded for it.
/// </summary>
public sealed class ConfidentialCopies(QalamDb db, AuditLog audit, ConfidentialVault vault, SiteContext site, TimeProvider clock)
{
    public sealed record Recipient(int? PersonId, int? ShareLinkId, string Name, string? Email);

    public async Task RecordViewAsync(ConfidentialDocument doc, string action, Recipient who, CancellationToken ct = default)
    {
        audit.Record(action, Subject(doc), $"file={doc.FileName}; recipient={who.Name}", actorId: who.PersonId, actorName: who.Name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A use refused by <see cref="ConfidentialRateLimit"/>: audited, so a burst shows in the log with who and from where.</summary>
    public async Task RecordLimitedAsync(string subject, string action, Recipient? who, CancellationToken ct = default)
    {
        audit.Record("confidential-rate-limited", subject, $"refused {action}" + (who is null ? "" : $"; recipient={who.Name}"), actorId: who?.PersonId, actorName: who?.Name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A stamped copy for <paramref name="who"/>; null when the document's file is unavailable (audited as such).</summary>
    public async Task<StampedFile?> IssueAsync(ConfidentialDocument doc, string action, Recipient who, CancellationToken ct = default)
    {
        var original = await vault.TryReadAsync(doc.StoragePath, ct);
        if (original is null)
        {
            audit.Record("confidential-file-unavailable", Subject(doc), $"file={doc.FileName}; asked for by {action}; recipient={who.Name}", actorId: who.PersonId, actorName: who.Name);
            await db.SaveChangesAsync(ct);
            return null;
        }
        var now = clock.GetUtcNow();
        var copy = new ConfidentialCopy
        {
            DocumentId = doc.Id,
            PersonId = who.PersonId,
            ShareLinkId = who.ShareLinkId,
            RecipientName = who.Name,
            RecipientEmail = who.Email,
            AtUtc = now,
        };
        var entry = audit.Record(action, Subject(doc), $"file={doc.FileName}; copy={copy.Id:D}; recipient={who.Name}", actorId: who.PersonId, actorName: who.Name);
        copy.IpAddress = entry.IpAddress;
        copy.UserAgent = entry.UserAgent;
        db.ConfidentialCopies.Add(copy);
        await db.SaveChangesAsync(ct);
        copy.AuditEntryId = entry.Id;
        await db.SaveChangesAsync(ct);

        await site.GetSettingsAsync(ct);
        var stamp = new CopyStamp(copy.Id, who.Name, who.Email, site.ToLocal(now).ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture));
        if (doc.ContentType == "application/pdf") return new(WatermarkStamp.StampPdf(original, stamp), doc.ContentType, doc.FileName, copy.Id);
        var (bytes, type) = WatermarkStamp.StampImage(original, doc.ContentType, stamp);
        var name = type == doc.ContentType ? doc.FileName : Path.ChangeExtension(doc.FileName, ".png");
        return new(bytes, type, name, copy.Id);
    }

    /// <summary>Whose copy it was: the copy, its document's title and its audit line.</summary>
    public async Task<(ConfidentialCopy Copy, string DocumentTitle, AuditEntry? Audit)?> TraceAsync(Guid copyId, CancellationToken ct = default)
    {
        var copy = await db.ConfidentialCopies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == copyId, ct);
        if (copy is null) return null;
        var title = await db.ConfidentialDocuments.Where(d => d.Id == copy.DocumentId).Select(d => d.Title).FirstAsync(ct);
        var entry = copy.AuditEntryId is { } id ? await db.Audit.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) : null;
        return (copy, title, entry);
    }

    public static string Subject(ConfidentialDocument doc) => $"confidential:{doc.Key:D}";
}
