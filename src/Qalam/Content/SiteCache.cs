using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// What every page needs and few writes change: the site's settings and the navigation's categories, read once and
/// kept until the content feed says they changed. A read that raced a change is not kept (the version moved on).
/// </summary>
public sealed class SiteCache : IContentListener
{
    private SiteSettings? _settings;
    private IReadOnlyList<TermRef>? _navigation;
    private long _version;

    /// <summary>Shared by every request: treat it as read-only (the settings page edits its own tracked copy).</summary>
    public async Task<SiteSettings> SettingsAsync(QalamDb db, CancellationToken ct)
    {
        if (Volatile.Read(ref _settings) is { } known) return known;
        var version = Interlocked.Read(ref _version);
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, ct) ?? new SiteSettings();
        if (Interlocked.Read(ref _version) == version) Interlocked.CompareExchange(ref _settings, settings, null);
        return settings;
    }

    public async Task<IReadOnlyList<TermRef>> NavigationAsync(ContentQueries content, CancellationToken ct)
    {
        if (Volatile.Read(ref _navigation) is { } known) return known;
        var version = Interlocked.Read(ref _version);
        var navigation = await content.ListNavigationCategoriesAsync(ct);
        if (Interlocked.Read(ref _version) == version) Interlocked.CompareExchange(ref _navigation, navigation, null);
        return navigation;
    }

    /// <summary>After a change that may add or remove a category from the navigation: true when it did (every page shows it).</summary>
    public async Task<bool> NavigationChangedAsync(ContentQueries content, CancellationToken ct)
    {
        var before = Volatile.Read(ref _navigation);
        Interlocked.Increment(ref _version);
        var now = await content.ListNavigationCategoriesAsync(ct);
        Volatile.Write(ref _navigation, now);
        // Unknown before means no page was rendered with it since the last site-wide eviction.
        return before is not null && !before.SequenceEqual(now);
    }

    public Task OnChangedAsync(ContentChange change, CancellationToken ct)
    {
        if (change.SiteWide)
        {
            Interlocked.Increment(ref _version);
            Volatile.Write(ref _settings, null);
            Volatile.Write(ref _navigation, null);
        }
        return Task.CompletedTask;
    }
}
