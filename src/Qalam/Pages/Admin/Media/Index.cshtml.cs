using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;

namespace Qalam.Pages.Admin.Media;

/// <summary>/admin/media: the library's grid with its filters, and the upload form (authors and up).</summary>
public sealed class IndexModel(QalamDb db, MediaStore store, AuditLog audit, IOptions<MediaOptions> limits, IStringLocalizer<MediaStrings> s) : AdminPageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public int PageNumber { get; private set; } = 1;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? AltText { get; set; }
    [BindProperty] public string? Title { get; set; }

    public PageOf<MediaRow> Items { get; private set; } = new([], 1, PageSize, 0);
    public MediaOptions Limits => limits.Value;
    public string? UploadError { get; private set; }
    public string? AltError { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) return await RefuseAsync(s["FileRequired"], null, ct);
        var kind = await SniffAsync(Upload, ct);
        if (kind?.IsImage == true && string.IsNullOrWhiteSpace(AltText)) return await RefuseAsync(null, s["AltRequired"], ct);
        MediaItem item;
        try
        {
            await using var stream = Upload.OpenReadStream();
            item = await store.SaveAsync(stream, Upload.FileName, AltText, CurrentUserId, PixelBudget, ct);
        }
        catch (MediaRejectedException e)
        {
            audit.Record("media-refused", Upload.FileName, e.Reason.ToString());
            await db.SaveChangesAsync(ct);
            return await RefuseAsync(MediaFormat.Refusal(e.Reason, Limits, s, PixelBudget), null, ct);
        }
        await store.RecordUploadAsync(item, Title, ct);
        Flash = string.Format(System.Globalization.CultureInfo.CurrentCulture, s["Uploaded"], item.Title ?? item.FileName);
        return RedirectToPage("/Admin/Media/Index");
    }

    /// <summary>Authors and contributors get a smaller image budget: large decodes are the costliest thing they can ask for.</summary>
    private long PixelBudget => Can(Role.Editor) ? Limits.MaxImagePixels : Math.Min(Limits.MaxImagePixels, Limits.MaxImagePixelsBelowEditor);

    private async Task<IActionResult> RefuseAsync(string? uploadError, string? altError, CancellationToken ct)
    {
        UploadError = uploadError;
        AltError = altError;
        await LoadAsync(ct);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private static async Task<MediaTypes.Kind?> SniffAsync(IFormFile file, CancellationToken ct)
    {
        var head = new byte[16];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return MediaTypes.Sniff(head.AsSpan(0, read));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = s["LibraryHeading"];
        Type = Type is MediaLibraryFilter.Images or MediaLibraryFilter.Documents ? Type : null;
        var query = await MediaLibraryFilter.ApplyAsync(db.Media.AsNoTracking(), Type, Q, ct);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        // Read from the query itself: "page" is also Razor Pages' own route value, which model binding would see first.
        PageNumber = int.TryParse(Request.Query["page"], out var requested) ? Math.Clamp(requested, 1, pages) : 1;
        var items = await query.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var editsAll = Can(Role.Editor);
        Items = new PageOf<MediaRow>(items.Select(m => MediaRow.From(m, editsAll || m.UploadedById == CurrentUserId)).ToList(), PageNumber, PageSize, total);
    }

    /// <summary>This page's address with the current filters and another page number.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Type is not null) query.Add("type=" + Uri.EscapeDataString(Type));
        if (!string.IsNullOrWhiteSpace(Q)) query.Add("q=" + Uri.EscapeDataString(Q));
        if (page > 1) query.Add("page=" + page);
        return "/admin/media" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
