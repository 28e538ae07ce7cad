using Microsoft.EntityFrameworkCore;
using Qalam.Data;
using Qalam.Media;

namespace Qalam.Content;

/// <summary>
/// What every page needs and few writes change: the site's settings, its translated texts and its logo, read once and kept until the
/// content feed says they changed. A read that raced a change is not kept (the version moved on), nor one made while
/// the feed cannot hear other instances (they may change the settings unheard).
/// </summary>
public sealed class SiteCache(ContentFeed? feed = null) : IContentListener
{
    private SiteSettings? _settings;
    private LocalizedTexts? _texts;
    private Logo? _logo;
    private long _version;

    /// <summary>The logo's library image, or none (no logo, or an address outside the library).</summary>
    private sealed record Logo(string? Url, ResponsiveImage? Image);

    /// <summary>Shared by every request: treat it as read-only (the settings page edits its own tracked copy).</summary>
    public async Task<SiteSettings> SettingsAsync(QalamDb db, CancellationToken ct)
    {
        if (Heard && Volatile.Read(ref _settings) is { } known) return known;
        var version = Interlocked.Read(ref _version);
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, ct) ?? new SiteSettings();
        if (Heard && Interlocked.Read(ref _version) == version) Interlocked.CompareExchange(ref _settings, settings, null);
        return settings;
    }

    /// <summary>Every translated text (names, tagline, menus), in every language; as shared and read-only as the settings.</summary>
    public async Task<LocalizedTexts> TextsAsync(QalamDb db, CancellationToken ct)
    {
        if (Heard && Volatile.Read(ref _texts) is { } known) return known;
        var version = Interlocked.Read(ref _version);
        var texts = await LocalizedTexts.LoadAsync(db, ct);
        if (Heard && Interlocked.Read(ref _version) == version) Interlocked.CompareExchange(ref _texts, texts, null);
        return texts;
    }

    /// <summary>The logo with its sizes, for a responsive image in the header; null when the logo is not a library image.</summary>
    public async Task<ResponsiveImage?> LogoAsync(QalamDb db, SiteSettings settings, CancellationToken ct)
    {
        if (Heard && Volatile.Read(ref _logo) is { } known && known.Url == settings.LogoUrl) return known.Image;
        var version = Interlocked.Read(ref _version);
        var path = Theme.SiteLogo.StoragePath(settings.LogoUrl);
        var image = path is null ? null : await db.Media.AsNoTracking()
            .Where(m => m.StoragePath == path && m.ContentType.StartsWith("image/"))
            .Select(m => new ResponsiveImage(m.StoragePath, m.ContentType, m.Width, m.Height, m.VariantWidths, m.AltText))
            .FirstOrDefaultAsync(ct);
        if (Heard && Interlocked.Read(ref _version) == version) Volatile.Write(ref _logo, new Logo(settings.LogoUrl, image));
        return image;
    }

    private bool Heard => feed?.HearsOtherInstances != false;

    public Task OnChangedAsync(ContentChange change, CancellationToken ct)
    {
        if (change.SiteWide)
        {
            Interlocked.Increment(ref _version);
            Volatile.Write(ref _settings, null);
            Volatile.Write(ref _texts, null);
            Volatile.Write(ref _logo, null);
        }
        return Task.CompletedTask;
    }
}
