using Microsoft.AspNetCore.Mvc;
using Qalam.Content;
using Qalam.Media;

namespace Qalam.Pages.Documents;

/// <summary>/documents/{id}: a PDF of the media library with its title and a download link.</summary>
public sealed class DocumentModel(ContentQueries content) : SitePageModel
{
    public DocumentView Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var document = await content.FindDocumentAsync(id, ct);
        if (document is null) return NotFound();
        Document = document;
        PageTitle = document.Title;
        CanonicalPath = document.PagePath;
        return Page();
    }
}
