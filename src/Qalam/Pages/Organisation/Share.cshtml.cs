using Microsoft.AspNetCore.Mvc;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

/// <summary>An outside recipient's link: every visit and every download is logged, every copy stamped with their name.</summary>
public sealed class ShareModel(ShareLinks links, ConfidentialCopies copies, Microsoft.Extensions.Localization.IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    public string RecipientName { get; private set; } = "";
    public string DocumentTitle { get; private set; } = "";
    public DateTimeOffset ExpiresUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await links.FindActiveAsync(token, ct) is not { } found) return NotFound();
        var (link, doc) = found;
        await copies.RecordViewAsync(doc, "share-link-view", Recipient(link), ct);
        RecipientName = link.RecipientName;
        DocumentTitle = doc.Title;
        ExpiresUtc = link.ExpiresUtc;
        PageTitle = s["ShareHeading"];
        NoIndex = true;
        Response.Headers.CacheControl = "private, no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (await links.FindActiveAsync(token, ct) is not { } found) return NotFound();
        var file = await copies.IssueAsync(found.Document, "share-link-download", Recipient(found.Link), ct);
        if (file is null) return StatusCode(StatusCodes.Status410Gone);
        OrganisationSetup.ConfidentialFile(HttpContext, file);
        return File(file.Bytes, file.ContentType, file.FileName);
    }

    private static ConfidentialCopies.Recipient Recipient(ShareLink link) => new(null, link.Id, link.RecipientName, link.RecipientEmail);
}
