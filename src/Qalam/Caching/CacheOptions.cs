namespace Qalam.Caching;

/// <summary>Settings under Qalam:Cache.</summary>
public sealed class CacheOptions
{
    public const string Section = "Qalam:Cache";

    /// <summary>Serve public pages from memory (off only to measure or to debug).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a shared cache in front (a CDN) may keep a page; browsers revalidate every time.</summary>
    public int SharedMaxAgeSeconds { get; set; } = 60;

    /// <summary>Memory the page cache may use.</summary>
    public int SizeMegabytes { get; set; } = 100;

    /// <summary>Eviction keeps pages right; this only bounds how long an unread page holds memory.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How long a page is kept while changes made on other instances cannot reach this one (Qalam:Redis is set but
    /// unreachable): nothing evicts it then, so this bounds how stale it can be.
    /// </summary>
    public TimeSpan UnheardLifetime { get; set; } = TimeSpan.FromSeconds(10);
}
