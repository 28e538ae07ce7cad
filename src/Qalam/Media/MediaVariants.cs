using System.Globalization;
using Qalam.Content;

namespace Qalam.Media;

/// <summary>A resized copy of an image, kept beside the original.</summary>
public sealed record MediaVariant(int Width, string StoragePath, string ContentType)
{
    public string Url => Urls.Media(StoragePath);
}

/// <summary>
/// Where an image's variants live and how they are listed. An original 2026/11/photo.jpg has variants
/// 2026/11/photo.640.jpg and 2026/11/photo.640.webp: stored names are slugs, which never contain '.',
/// so a variant name can never collide with another upload.
/// </summary>
public static class MediaVariants
{
    /// <summary>The widths variants are made at, when smaller than the original.</summary>
    public static readonly IReadOnlyList<int> Widths = [320, 640, 1024, 1600];

    public static IReadOnlyList<int> WidthsFor(int originalWidth) => Widths.Where(w => w < originalWidth).ToList();

    public static string Format(IEnumerable<int> widths) => string.Join(',', widths.Select(w => w.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<int> Parse(string? variantWidths) =>
        string.IsNullOrWhiteSpace(variantWidths) ? []
        : variantWidths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0).Order().ToList();

    /// <summary>The formats variants are kept in: the original's (when it can be encoded again) and WebP.</summary>
    public static IReadOnlyList<MediaTypes.Kind> FormatsFor(string contentType) => contentType switch
    {
        "image/jpeg" => [MediaTypes.Jpeg, MediaTypes.Webp],
        "image/png" => [MediaTypes.Png, MediaTypes.Webp],
        "image/webp" => [MediaTypes.Webp],
        "image/gif" => [MediaTypes.Webp],
        _ => [],
    };

    public static string PathOf(string storagePath, int width, MediaTypes.Kind kind)
    {
        var dot = storagePath.LastIndexOf('.');
        var stem = dot > storagePath.LastIndexOf('/') ? storagePath[..dot] : storagePath;
        return string.Create(CultureInfo.InvariantCulture, $"{stem}.{width}{kind.Extension}");
    }

    /// <summary>Every variant of an item, smallest first, in each of its formats.</summary>
    public static IReadOnlyList<MediaVariant> Of(string storagePath, string contentType, string? variantWidths) =>
        (from kind in FormatsFor(contentType)
         from width in Parse(variantWidths)
         select new MediaVariant(width, PathOf(storagePath, width, kind), kind.ContentType)).ToList();

    public static IReadOnlyList<MediaVariant> Of(MediaItem item) => Of(item.StoragePath, item.ContentType, item.VariantWidths);

    /// <summary>
    /// The original's storage path a requested variant path belongs to, without its extension ("2026/11/photo"),
    /// and the width; null when the path is not shaped like a variant.
    /// </summary>
    public static (string Stem, int Width)? ParseVariantPath(string path)
    {
        var ext = path.LastIndexOf('.');
        if (ext <= 0) return null;
        var widthDot = path.LastIndexOf('.', ext - 1);
        if (widthDot <= path.LastIndexOf('/')) return null;
        return int.TryParse(path.AsSpan(widthDot + 1, ext - widthDot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            ? (path[..widthDot], width)
            : null;
    }

    /// <summary>A srcset value: each variant of the given type with its width, then the original at its own width.</summary>
    public static string Srcset(IEnumerable<MediaVariant> variants, string contentType, string? originalUrl = null, int? originalWidth = null)
    {
        var parts = variants.Where(v => v.ContentType == contentType).OrderBy(v => v.Width)
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Url} {v.Width}w")).ToList();
        if (originalUrl is not null && originalWidth is > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{originalUrl} {originalWidth}w"));
        return string.Join(", ", parts);
    }
}
