using Microsoft.Extensions.Options;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Media;

/// <summary>
/// Keeps uploaded files under the data directory's media/ folder, by year and month, and records each in the media library.
/// The type is decided by the file's content, never its name; only known image and document types are accepted.
/// </summary>
public sealed class MediaStore(QalamDb db, IOptions<QalamOptions> options, TimeProvider clock)
{
    public string Root => options.Value.DataPath("media");

    /// <summary>Stores a file and adds it to the library (the caller saves changes). Throws <see cref="MediaRejectedException"/> for content it does not accept.</summary>
    public async Task<MediaItem> SaveAsync(Stream content, string fileName, string? altText, int? uploadedById, CancellationToken ct = default)
    {
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var type = MediaTypes.Sniff(bytes) ?? throw new MediaRejectedException(MediaRejection.UnknownType);
        var now = clock.GetUtcNow();
        var folder = $"{now:yyyy}/{now:MM}";
        var baseName = Slug.FromText(Path.GetFileNameWithoutExtension(fileName));
        if (baseName.Length == 0) baseName = "file";
        var relative = $"{folder}/{baseName}{type.Extension}";
        for (var i = 2; File.Exists(Path.Combine(Root, relative)) || db.Media.Local.Any(m => m.StoragePath == relative) || db.Media.Any(m => m.StoragePath == relative); i++)
        {
            relative = $"{folder}/{baseName}-{i}{type.Extension}";
        }
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, ct);
        var item = new MediaItem
        {
            FileName = Path.GetFileName(fileName),
            StoragePath = relative,
            ContentType = type.ContentType,
            SizeBytes = bytes.LongLength,
            AltText = altText,
            UploadedById = uploadedById,
            CreatedUtc = now,
        };
        db.Media.Add(item);
        return item;
    }

    public string FullPath(MediaItem item) => Path.Combine(Root, item.StoragePath);
}

public enum MediaRejection
{
    UnknownType,
    TooLarge,
    ImageTooLarge,
    Unreadable,
}

public sealed class MediaRejectedException(MediaRejection reason) : Exception($"Upload refused: {reason}")
{
    public MediaRejection Reason { get; } = reason;
}
