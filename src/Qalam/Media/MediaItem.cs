namespace Qalam.Media;

/// <summary>An uploaded image or document in the media library.</summary>
public sealed class MediaItem
{
    public int Id { get; set; }
    /// <summary>The file name shown to people and used in Content-Disposition.</summary>
    public required string FileName { get; set; }
    /// <summary>Path under the media root, e.g. 2026/01/report.pdf.</summary>
    public required string StoragePath { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public string? AltText { get; set; }
    public string? Title { get; set; }
    /// <summary>Widths of the resized variants kept beside the original, separated by ','.</summary>
    public string? VariantWidths { get; set; }
    public int? UploadedById { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
}
