using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Media;

/// <summary>A library item as the editor's picker sees it.</summary>
/// <param name="Type">"image" or "document".</param>
public sealed record PickerItem(int Id, string Url, string? Alt, string? Title, string FileName, string Type, string ContentType, int? Width, int? Height, IReadOnlyList<PickerVariant> Variants);

public sealed record PickerVariant(int Width, string Url, string ContentType);

/// <summary>One page of the picker, newest first.</summary>
public sealed record PickerPage(IReadOnlyList<PickerItem> Items, int Page, int TotalPages);

/// <summary>GET /admin/media/picker.json?type=image|document&amp;q=…&amp;page=N for the post editor (authors and up).</summary>
public static class MediaPicker
{
    private const int PageSize = 40;

    public static async Task<PickerPage> ListAsync(string? type, string? q, int? page, QalamDb db, CancellationToken ct)
    {
        var query = await MediaLibraryFilter.ApplyAsync(db.Media.AsNoTracking(), type, q, ct);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page ?? 1, 1, pages);
        var items = await query.OrderByDescending(m => m.Id).Skip((current - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PickerPage(items.Select(ToPickerItem).ToList(), current, pages);
    }

    private static PickerItem ToPickerItem(MediaItem m) => new(
        m.Id, Urls.Media(m.StoragePath), m.AltText, m.Title, m.FileName,
        m.ContentType.StartsWith("image/", StringComparison.Ordinal) ? "image" : "document",
        m.ContentType, m.Width, m.Height,
        MediaVariants.Of(m).Select(v => new PickerVariant(v.Width, v.Url, v.ContentType)).ToList());
}
