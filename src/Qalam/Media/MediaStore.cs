using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Media;

/// <summary>
/// Keeps uploaded files under the data directory's media/ folder, by year and month, and records each in the media library.
/// The type is decided by the file's content, never its name; only known image and document types are accepted.
/// Images are re-encoded (metadata such as GPS location dropped) and get resized variants beside them.
/// </summary>
public sealed class MediaStore(QalamDb db, IOptions<QalamOptions> options, IOptions<MediaOptions> limits, ImageWork images, TimeProvider clock, Accounts.AuditLog audit)
{
    public string Root => options.Value.FilesPath("media");

    /// <summary>
    /// Stores a file and adds it to the library (the caller saves changes). Throws <see cref="MediaRejectedException"/>
    /// for content it does not accept; nothing is written then.
    /// </summary>
    public Task<MediaItem> SaveAsync(Stream content, string fileName, string? altText, int? uploadedById, CancellationToken ct = default) =>
        SaveAsync(content, fileName, altText, uploadedById, null, ct);

    /// <param name="maxPixels">A tighter pixel budget than the site's (uploads by authors and contributors).</param>
    public async Task<MediaItem> SaveAsync(Stream content, string fileName, string? altText, int? uploadedById, long? maxPixels, CancellationToken ct)
    {
        var bytes = await ReadLimitedAsync(content, ct);
        var type = Check(bytes);
        var pixels = Math.Min(maxPixels ?? long.MaxValue, limits.Value.MaxImagePixels);
        var processed = type.IsImage ? await images.ProcessAsync(bytes, type, pixels, ct) : null;
        var stored = processed?.Original ?? bytes;

        var now = clock.GetUtcNow();
        var relative = await FreePathAsync($"{now:yyyy}/{now:MM}", fileName, type, ct);
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, stored, ct);
        foreach (var v in processed?.Variants ?? [])
        {
            await File.WriteAllBytesAsync(Path.Combine(Root, MediaVariants.PathOf(relative, v.Width, v.Kind)), v.Bytes, ct);
        }
        var item = new MediaItem
        {
            FileName = Path.GetFileName(fileName),
            StoragePath = relative,
            ContentType = type.ContentType,
            SizeBytes = stored.LongLength,
            Width = processed?.Width,
            Height = processed?.Height,
            VariantWidths = processed is null ? null : MediaVariants.Format(processed.Variants.Select(v => v.Width).Distinct()),
            AltText = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim(),
            UploadedById = uploadedById,
            CreatedUtc = now,
        };
        db.Media.Add(item);
        return item;
    }

    public string FullPath(MediaItem item) => Path.Combine(Root, item.StoragePath);

    /// <summary>Records an upload stored by <see cref="SaveAsync(Stream, string, string?, int?, CancellationToken)"/> with its title.</summary>
    public Task RecordUploadAsync(MediaItem item, string? title, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        item.Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        audit.Record("media-uploaded", item.StoragePath, $"{item.ContentType}, {item.SizeBytes} bytes");
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>Changes an item's alternative text and title; pages that show it are evicted by the change feed.</summary>
    public Task UpdateAsync(MediaItem item, string? altText, string? title, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        item.AltText = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim();
        item.Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        audit.Record("media-updated", item.StoragePath);
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>Deletes an item nothing uses (the caller checks); its files go once the row's deletion is committed.</summary>
    public async Task DeleteAsync(MediaItem item, CancellationToken ct = default)
    {
        await db.InTransactionAsync(async () =>
        {
            db.Media.Remove(item);
            audit.Record("media-deleted", item.StoragePath, item.FileName);
            await db.SaveChangesAsync(ct);
        }, ct);
        DeleteFiles(item);
    }

    /// <summary>Removes an item's file and its variants from disk (after the row's deletion was saved).</summary>
    public void DeleteFiles(MediaItem item)
    {
        foreach (var path in MediaVariants.Of(item).Select(v => v.StoragePath).Append(item.StoragePath))
        {
            var full = Path.Combine(Root, path);
            if (File.Exists(full)) File.Delete(full);
        }
    }

    private MediaTypes.Kind Check(byte[] bytes)
    {
        if (bytes.Length == 0) throw new MediaRejectedException(MediaRejection.Empty);
        var type = MediaTypes.Sniff(bytes);
        if (type is null)
        {
            throw new MediaRejectedException(MediaTypes.LooksLikeSvg(bytes) ? MediaRejection.Svg : MediaRejection.UnknownType);
        }
        var max = type.IsImage ? limits.Value.MaxImageBytes : limits.Value.MaxDocumentBytes;
        if (bytes.LongLength > max) throw new MediaRejectedException(MediaRejection.TooLarge);
        return type;
    }

    // Reads at most one byte past the largest limit, so an endless stream cannot fill memory.
    private async Task<byte[]> ReadLimitedAsync(Stream content, CancellationToken ct)
    {
        var cap = Math.Max(limits.Value.MaxImageBytes, limits.Value.MaxDocumentBytes) + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= cap) throw new MediaRejectedException(MediaRejection.TooLarge);
        }
        return buffer.ToArray();
    }

    // A stem no other file in the folder uses, whatever its extension, so variant names stay unique too.
    private async Task<string> FreePathAsync(string folder, string fileName, MediaTypes.Kind type, CancellationToken ct)
    {
        var baseName = Slug.FromText(Path.GetFileNameWithoutExtension(fileName));
        if (baseName.Length == 0) baseName = "file";
        var stem = $"{folder}/{baseName}";
        for (var i = 2; await StemTakenAsync(stem, ct); i++)
        {
            stem = $"{folder}/{baseName}-{i}";
        }
        return stem + type.Extension;
    }

    private async Task<bool> StemTakenAsync(string stem, CancellationToken ct)
    {
        var dir = Path.Combine(Root, Path.GetDirectoryName(stem)!);
        var name = Path.GetFileName(stem);
        if (Directory.Exists(dir) && Directory.EnumerateFiles(dir, name + ".*").Any()) return true;
        var prefix = stem + ".";
        return db.Media.Local.Any(m => m.StoragePath.StartsWith(prefix, StringComparison.Ordinal))
            || await db.Media.AnyAsync(m => m.StoragePath.StartsWith(prefix), ct);
    }
}
