using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// Every change to partners, endorsements' partner details and transparency documents, with its audit line, in one
/// transaction. Uploaded files are stored by the media library first; the pages validate what was typed.
/// </summary>
public sealed class OrganisationWriter(QalamDb db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Saves a partner; a new one gets a unique slug from its name.</summary>
    public Task SavePartnerAsync(Partner partner, CancellationToken ct = default) => SavePartnerAsync(partner, null, ct);

    /// <param name="texts">Its name and description in other languages; empty ones are removed.</param>
    public Task SavePartnerAsync(Partner partner, IReadOnlyCollection<TextEdit>? texts, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        var isNew = partner.Id == 0;
        if (isNew)
        {
            partner.Slug = await UniqueSlugAsync(partner.Name, ct);
            db.Partners.Add(partner);
        }
        partner.Version++;
        audit.Record(isNew ? "partner-created" : "partner-updated", $"partner:{partner.Slug}", partner.Name);
        await db.SaveChangesAsync(ct);
        // A new partner has its id only now; its translations follow in the same transaction.
        if (texts is { Count: > 0 })
        {
            await db.SetTextsAsync(TextSubject.Partner, partner.Id, texts, ct);
            await db.SaveChangesAsync(ct);
        }
    }, ct);

    /// <summary>Saves an endorsement's partner, date, quote and letter over the version the editor loaded.</summary>
    public Task SaveEndorsementAsync(Endorsement endorsement, int loadedVersion, string before, string after, CancellationToken ct = default) =>
        db.InTransactionAsync(async () =>
        {
            var post = endorsement.Post;
            db.Entry(post).Property(p => p.Version).OriginalValue = loadedVersion;
            post.Version++;
            post.UpdatedUtc = clock.GetUtcNow();
            audit.Record("endorsement-updated", $"post:{post.Id}", $"{before} → {after}");
            await db.SaveChangesAsync(ct);
        }, ct);

    public Task AddTransparencyAsync(TransparencyDocument document, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        document.CreatedUtc = clock.GetUtcNow();
        db.TransparencyDocuments.Add(document);
        audit.Record("transparency-uploaded", $"transparency:{document.Year}:{document.Kind}", document.Title);
        await db.SaveChangesAsync(ct);
    }, ct);

    public Task RemoveTransparencyAsync(TransparencyDocument document, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        db.TransparencyDocuments.Remove(document);
        audit.Record("transparency-removed", $"transparency:{document.Year}:{document.Kind}", document.Title);
        await db.SaveChangesAsync(ct);
    }, ct);

    private async Task<string> UniqueSlugAsync(string name, CancellationToken ct)
    {
        var wanted = Slug.FromText(name);
        if (wanted.Length == 0) wanted = "partner";
        var slug = wanted;
        for (var i = 2; await db.Partners.AnyAsync(p => p.Slug == slug, ct); i++) slug = $"{wanted}-{i}";
        return slug;
    }
}
