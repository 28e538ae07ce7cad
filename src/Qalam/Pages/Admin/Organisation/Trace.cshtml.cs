using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Organisation;

/// <summary>Administrators only: whose copy a leaked file was, from the file itself or from the identifier printed on it.</summary>
[RequestSizeLimit(50 * 1024 * 1024)]
public sealed class TraceModel(ConfidentialCopies copies, AuditLog audit, QalamDb db, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    [BindProperty] public string? Identifier { get; set; }
    [BindProperty] public IFormFile? Leak { get; set; }
    public bool Searched { get; private set; }
    public (ConfidentialCopy Copy, string DocumentTitle, AuditEntry? Audit)? Found { get; private set; }

    public void OnGet() => PageTitle = s["TraceHeading"];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = s["TraceHeading"];
        Guid? id = null;
        if (Leak is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await Leak.CopyToAsync(buffer, ct);
            id = await LeakTrace.FromFileAsync(buffer.ToArray(), ct);
        }
        id ??= LeakTrace.FromText(Identifier ?? "");
        Searched = true;
        Found = id is { } copyId ? await copies.TraceAsync(copyId, ct) : null;
        audit.Record("confidential-trace", id is null ? null : $"copy:{id:D}", Found is null ? "not found" : $"found person:{Found.Value.Copy.PersonId}");
        await db.SaveChangesAsync(ct);
        if (Found is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
