using Microsoft.AspNetCore.Mvc;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

/// <summary>An outside recipient's link: every visit and every download is logged, every copy stamped with their name.</summary>
public sealed class ShareModel(ShareLinks links, ConfidentialCopies copies, ConfidentialRateLimit limits, Microsoft.Extensions.Localization.IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    public string RecipientName { get; private set; } = "";
    public string DocumentTitle { get; private set; } = "";
    public DateTimeOffset ExpiresUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var active = await links.FindActiveAsync(token, ct);
        if (await LimitedAsync(active, "share-link-view", ct)) return StatusCode(StatusCodes.Status429TooManyRequests);
        if (active is not { } found) return NotFound();
        var (link, doc) = found;
        await copies.RecordViewAsync(doc, "share-link-view", Recipient(link), ct);
        RecipientName = link.RecipientName;
        DocumentTitle = doc.Title;
        ExpiresUtc = link.ExpiresUtc;
        PageTitle = s["ShareHeading"];
        NoIndex = true;
        Response.Headers.CacheControl = "private, no-store";
        // The address carries the link's secret: never sent on to another site.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var active = await links.FindActiveAsync(token, ct);
        if (await LimitedAsync(active, "share-link-download", ct)) return StatusCode(StatusCodes.Status429TooManyRequests);
        if (active is not { } found) return NotFound();
        var file = await copies.IssueAsync(found.Document, "share-link-download", Recipient(found.Link), ct);
        if (file is null) return StatusCode(StatusCodes.Status410Gone);
        OrganisationSetup.ConfidentialFile(HttpContext, file);
        return File(file.Bytes, file.ContentType, file.FileName);
    }

    /// <summary>Every use of a link counts, per link and per IP; unknown tokens count per IP, so guessing them is slowed too.</summary>
    private async Task<bool> LimitedAsync((ShareLink Link, ConfidentialDocument Document)? found, string action, CancellationToken ct)
    {
        if (await limits.TryAcquireAsync(found is { } f ? $"link:{f.Link.Id}" : null, HttpContext) is null) return false;
        await copies.RecordLimitedAsync(found is { } d ? ConfidentialCopies.Subject(d.Document) : "share-link:unknown", action, found is { } r ? Recipient(r.Link) : null, ct);
        return true;
    }

    private static ConfidentialCopies.Recipient Recipient(ShareLink link) => new(null, link.Id, link.RecipientName, link.RecipientEmail);
}
