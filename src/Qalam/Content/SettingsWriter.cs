using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// Saves the site settings (name, menu, digits… shown on every page) over the version the administrator loaded: a save
/// based on an older version fails with a concurrency conflict, never merges silently. The change feed evicts every page.
/// </summary>
public sealed class SettingsWriter(QalamDb db, AuditLog audit)
{
    public Task SaveAsync(SiteSettings settings, int loadedVersion, string changedFields, CancellationToken ct = default) =>
        SaveAsync(settings, loadedVersion, changedFields, null, ct);

    /// <param name="newLogo">A logo uploaded with this save, added to the media library in the same transaction.</param>
    public Task SaveAsync(SiteSettings settings, int loadedVersion, string changedFields, Media.MediaItem? newLogo, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        db.Entry(settings).Property(s => s.Version).OriginalValue = loadedVersion;
        settings.Version = loadedVersion + 1;
        if (newLogo is not null) audit.Record("media-uploaded", newLogo.StoragePath, $"{newLogo.ContentType}, {newLogo.SizeBytes} bytes");
        audit.Record("settings-changed", "settings", changedFields);
        await db.SaveChangesAsync(ct);
    }, ct);
}
