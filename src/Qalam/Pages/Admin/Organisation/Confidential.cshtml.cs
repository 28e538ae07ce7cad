using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Data;
using Qalam.Media;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Organisation;

/// <summary>Administrators only: the list of confidential documents and the upload. A new document has no grants.</summary>
[RequestSizeLimit(50 * 1024 * 1024)]
public sealed class ConfidentialAdminModel(QalamDb db, ConfidentialVault vault, AuditLog audit, TimeProvider clock, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    protected override string ReferrerPolicy => "no-referrer";

    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<ConfidentialDocument> Documents { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = s["ConfidentialHeading"];
        Documents = await db.ConfidentialDocuments.AsNoTracking().Include(d => d.Grants).OrderByDescending(d => d.CreatedUtc).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(Title) || Upload is null || Upload.Length == 0) return Refuse(s["Required"]);
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var type = MediaTypes.Sniff(bytes);
        if (type is null || type == MediaTypes.Gif) return Refuse(s["FileRefused"]);
        if (!WatermarkStamp.CanStamp(bytes, type.ContentType)) return Refuse(s["FileUnreadable"]);
        var doc = new ConfidentialDocument
        {
            Title = Title.Trim(),
            Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
            FileName = SafeFileName(Upload.FileName, type.Extension),
            ContentType = type.ContentType,
            StoragePath = "",
            SizeBytes = bytes.LongLength,
            UploadedById = CurrentUserId,
            CreatedUtc = clock.GetUtcNow(),
        };
        doc.StoragePath = await vault.WriteAsync(doc.Key, bytes, ct);
        db.ConfidentialDocuments.Add(doc);
        audit.Record("confidential-uploaded", ConfidentialCopies.Subject(doc), $"file={doc.FileName}; bytes={doc.SizeBytes}");
        await db.SaveChangesAsync(ct);
        Flash = s["Uploaded"];
        return Redirect($"/admin/organisation/confidential/{doc.Key}");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string SafeFileName(string name, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(name));
        var clean = new string(stem.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ').ToArray()).Trim();
        return (clean.Length == 0 ? "document" : clean) + extension;
    }
}
