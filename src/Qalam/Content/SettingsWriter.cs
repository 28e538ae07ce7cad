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

    public Task SaveAsync(SiteSettings settings, int loadedVersion, string changedFields, Media.MediaItem? newLogo, CancellationToken ct = default) =>
        SaveAsync(settings, loadedVersion, changedFields, newLogo, null, ct);

    /// <param name="newLogo">A logo uploaded with this save, added to the media library in the same transaction.</param>
    /// <param name="texts">The site's name and tagline in other languages; empty ones are removed.</param>
    public Task SaveAsync(SiteSettings settings, int loadedVersion, string changedFields, Media.MediaItem? newLogo, IReadOnlyCollection<TextEdit>? texts,
        CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        var translated = await db.SetTextsAsync(TextSubject.Site, 1, texts, ct);
        var fields = string.Join(", ", new[] { changedFields }.Where(f => f.Length > 0).Concat(translated));
        db.Entry(settings).Property(s => s.Version).OriginalValue = loadedVersion;
        settings.Version = loadedVersion + 1;
        if (newLogo is not null) audit.Record("media-uploaded", newLogo.StoragePath, $"{newLogo.ContentType}, {newLogo.SizeBytes} bytes");
        audit.Record("settings-changed", "settings", fields);
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>
    /// Saves a language's own menu (the default language's stays in the settings); an empty one is removed, so that
    /// language's readers see the default's again.
    /// </summary>
    public Task SaveMenuAsync(string language, SiteMenu menu, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        var stored = menu.Store();
        await db.SetTextsAsync(TextSubject.Site, 1, [new TextEdit(TextField.Menu, language, stored)], ct);
        audit.Record("settings-changed", "settings", stored is null ? $"Menu[{language}] removed" : $"Menu[{language}]");
        await db.SaveChangesAsync(ct);
    }, ct);
}
