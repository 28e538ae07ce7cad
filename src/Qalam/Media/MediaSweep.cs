using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Media;

/// <summary>
/// Removes files in the media directory that no library item owns: what an upload or import leaves behind when it wrote
/// its files and then failed, or was killed, before its row was saved. Only files older than <see cref="MinimumAge"/>
/// are touched, so an upload in progress in this or another process (files first, row second) is never swept.
/// </summary>
public sealed class MediaSweep(QalamDb db, MediaStore store, ILogger<MediaSweep> log)
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromHours(6);

    /// <summary>Deletes the orphaned files and returns how many there were.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (!Directory.Exists(store.Root)) return 0;
        // File times are the operating system's, so their age is measured on its clock, not the site's.
        var cutoff = DateTime.UtcNow - MinimumAge;
        var items = await db.Media.AsNoTracking().Select(m => new { m.StoragePath, m.ContentType, m.VariantWidths }).ToListAsync(ct);
        var owned = items.SelectMany(m => MediaVariants.Of(m.StoragePath, m.ContentType, m.VariantWidths).Select(v => v.StoragePath).Append(m.StoragePath))
            .Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(store.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Normalize(Path.GetRelativePath(store.Root, file));
            if (owned.Contains(relative) || File.GetLastWriteTimeUtc(file) > cutoff) continue;
            File.Delete(file);
            log.LogInformation("Removed media file {Path}: no library item owns it", relative);
            removed++;
        }
        return removed;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
