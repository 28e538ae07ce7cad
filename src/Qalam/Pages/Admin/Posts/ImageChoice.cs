using Microsoft.EntityFrameworkCore;
using Qalam.Data;
using Qalam.Media;

namespace Qalam.Pages.Admin.Posts;

/// <summary>An image of the library as a thumbnail choice (featured image, logo), named by its alt text.</summary>
public sealed record ImageChoice(int Id, string FileName, string? AltText, string ThumbnailUrl)
{
    public const int Limit = 200;

    /// <summary>The newest images, and the chosen one even when older, so a form never drops what it shows as chosen.</summary>
    public static async Task<IReadOnlyList<ImageChoice>> ListAsync(QalamDb db, int? chosen, CancellationToken ct)
    {
        var items = await db.Media.AsNoTracking().Where(m => m.ContentType.StartsWith("image/"))
            .OrderByDescending(m => m.Id == chosen).ThenByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).Take(Limit)
            .Select(m => new { m.Id, m.FileName, m.AltText, m.StoragePath, m.ContentType, m.VariantWidths }).ToListAsync(ct);
        // The smallest WebP copy is enough for a grid cell, as in the media library; a small image is its own thumbnail.
        return items.Select(m => new ImageChoice(m.Id, m.FileName, m.AltText,
            MediaVariants.Of(m.StoragePath, m.ContentType, m.VariantWidths).Where(v => v.ContentType == "image/webp").Select(v => v.Url).FirstOrDefault()
            ?? Content.Urls.Media(m.StoragePath))).ToList();
    }

    /// <summary>Whether an id names an image of the library: a form may send any number.</summary>
    public static Task<bool> ExistsAsync(QalamDb db, int id, CancellationToken ct) =>
        db.Media.AnyAsync(m => m.Id == id && m.ContentType.StartsWith("image/"), ct);
}

/// <summary>A fieldset of radio buttons with thumbnails as labels, and a first choice of none: works without script.</summary>
public sealed record ImageGrid(string Name, string IdPrefix, string Legend, string NoneLabel, int? Chosen, IReadOnlyList<ImageChoice> Images, string? EmptyText = null);
