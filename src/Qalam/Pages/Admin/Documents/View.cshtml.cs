using Microsoft.AspNetCore.Mvc;
using Qalam.Accounts;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Documents;

/// <summary>A restricted document's page: shown (and logged as a view) only to those with access; 404 for everyone else.</summary>
public sealed class DocumentViewModel(ConfidentialAccess access, ConfidentialCopies copies, AuditLog audit, QalamDb db) : AdminPageModel
{
    protected override string ReferrerPolicy => "no-referrer";

    public ConfidentialDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(User, ct);
        var doc = reader is null ? null : await access.FindReadableAsync(reader, key, ct);
        if (reader is null || doc is null)
        {
            audit.Record("confidential-denied", $"confidential:{key:D}", "view");
            await db.SaveChangesAsync(ct);
            return NotFound();
        }
        await copies.RecordViewAsync(doc, "confidential-view", new ConfidentialCopies.Recipient(reader.Id, null, reader.Name, reader.Email), ct);
        Document = doc;
        PageTitle = doc.Title;
        return Page();
    }
}
