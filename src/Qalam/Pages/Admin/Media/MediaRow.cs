using Qalam.Media;

namespace Qalam.Pages.Admin.Media;

/// <summary>A library item as the admin grid shows it.</summary>
public sealed record MediaRow(int Id, string FileName, string? Title, string? AltText, string ContentType, long SizeBytes, int? Width, int? Height, string Url, string? ThumbnailUrl, bool CanEdit)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public static MediaRow From(MediaItem m, bool canEdit)
    {
        var isImage = m.ContentType.StartsWith("image/", StringComparison.Ordinal);
        // The smallest WebP copy is enough for a grid cell; an image too small to have copies is its own thumbnail.
        var thumb = isImage ? MediaVariants.Of(m).Where(v => v.ContentType == "image/webp").Select(v => v.Url).FirstOrDefault() ?? Content.Urls.Media(m.StoragePath) : null;
        return new MediaRow(m.Id, m.FileName, m.Title, m.AltText, m.ContentType, m.SizeBytes, m.Width, m.Height, Content.Urls.Media(m.StoragePath), thumb, canEdit);
    }
}
