using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Organisation;

/// <summary>Administrators only: who may read a confidential document, its outside links, and every copy handed out.</summary>
public sealed class ConfidentialManageModel(QalamDb db, ShareLinks links, AuditLog audit, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    protected override string ReferrerPolicy => "no-referrer";

    public sealed record GrantRow(int Id, string Label);

    [BindProperty(SupportsGet = true)] public Guid Key { get; set; }
    public ConfidentialDocument Document { get; private set; } = null!;
    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];
    public IReadOnlyList<ShareLink> Links { get; private set; } = [];
    public IReadOnlyList<ConfidentialCopy> Copies { get; private set; } = [];
    public string? NewLink { get; private set; }
    public string? Error { get; private set; }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var doc = await db.ConfidentialDocuments.Include(d => d.Grants).FirstOrDefaultAsync(d => d.Key == Key, ct);
        if (doc is null) return false;
        Document = doc;
        PageTitle = doc.Title;
        var people = await db.People.AsNoTracking().Where(p => doc.Grants.Select(g => g.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => $"{p.DisplayName} <{p.Email}>", ct);
        Grants = doc.Grants.Select(g => new GrantRow(g.Id, g.PersonId is { } id ? people.GetValueOrDefault(id, "?") : s["Role_" + g.Role])).ToList();
        Links = await db.ShareLinks.AsNoTracking().Where(l => l.DocumentId == doc.Id).OrderByDescending(l => l.CreatedUtc).ToListAsync(ct);
        Copies = await db.ConfidentialCopies.AsNoTracking().Where(c => c.DocumentId == doc.Id).OrderByDescending(c => c.AtUtc).Take(200).ToListAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(string? grantEmail, Role? grantRole, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var grant = new ConfidentialGrant { DocumentId = Document.Id };
        if (!string.IsNullOrWhiteSpace(grantEmail))
        {
            var normalized = grantEmail.Trim().ToUpperInvariant();
            var person = await db.People.FirstOrDefaultAsync(p => p.NormalizedEmail == normalized, ct);
            if (person is null) return Refuse(s["PersonNotFound"]);
            grant.PersonId = person.Id;
        }
        else if (grantRole is { } role && Enum.IsDefined(role)) grant.Role = role;
        else return Refuse(s["Required"]);
        Document.Grants.Add(grant);
        audit.Record("confidential-granted", ConfidentialCopies.Subject(Document), grant.PersonId is { } pid ? $"person:{pid}" : $"role:{grant.Role}");
        await db.SaveChangesAsync(ct);
        Flash = s["GrantAdded"];
        return Redirect($"/admin/organisation/confidential/{Key}");
    }

    public async Task<IActionResult> OnPostRevokeGrantAsync(int grantId, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var grant = Document.Grants.FirstOrDefault(g => g.Id == grantId);
        if (grant is null) return NotFound();
        db.ConfidentialGrants.Remove(grant);
        audit.Record("confidential-grant-removed", ConfidentialCopies.Subject(Document), grant.PersonId is { } pid ? $"person:{pid}" : $"role:{grant.Role}");
        await db.SaveChangesAsync(ct);
        Flash = s["GrantRemoved"];
        return Redirect($"/admin/organisation/confidential/{Key}");
    }

    public async Task<IActionResult> OnPostShareAsync(string? recipientName, string? recipientEmail, int days, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(recipientName) || days is < 1 or > 30) return Refuse(s["Required"]);
        var (_, token) = await links.CreateAsync(Document, recipientName, recipientEmail, TimeSpan.FromDays(days), CurrentUserId, ct);
        await LoadAsync(ct);
        // Shown on this response only: the token is not stored and cannot be shown again.
        NewLink = $"{Request.Scheme}://{Request.Host}/share/{token}";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeLinkAsync(int linkId, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await links.RevokeAsync(Document, linkId, ct)) return NotFound();
        Flash = s["LinkRevoked"];
        return Redirect($"/admin/organisation/confidential/{Key}");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
