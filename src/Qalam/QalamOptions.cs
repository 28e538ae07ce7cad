using System.ComponentModel.DataAnnotations;

namespace Qalam;

/// <summary>Typed settings, bound from the "Qalam" section (appsettings, QALAM-prefixed environment variables, verb options).</summary>
public sealed class QalamOptions
{
    public const string Section = "Qalam";

    /// <summary>The data directory: SQLite database, keys, logs, and the uploaded files unless Qalam:Media:Store is set. Default ./data.</summary>
    [Required]
    public string Data { get; set; } = "data";

    /// <summary>"sqlite" (the embedded default). PostgreSQL comes with a later part.</summary>
    [Required]
    public string Database { get; set; } = "sqlite";

    /// <summary>
    /// The languages the site publishes in, the default first: codes, each optionally with the culture its dates and
    /// numbers follow ("ar=ar-LY,en=en-GB,fr"). The default's addresses have no prefix; every other's live under /code/.
    /// A bare ar or en means ar-LY or en-GB.
    /// </summary>
    [Localization.Languages.Setting]
    public string Languages { get; set; } = "ar,en";

    /// <summary>Fill a new, empty database with the demo organisation on first start.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Public base URL for canonical links, feeds and sitemaps, e.g. https://example.org. Empty: taken from each request.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Proxies whose X-Forwarded-For/-Proto/-Host are believed: addresses or CIDR networks, comma-separated. None by default.</summary>
    public string? KnownProxies { get; set; }

    /// <summary>The addresses the server listens on (--urls, ASPNETCORE_URLS); filled at start, not bound from the section.</summary>
    public string? ListenUrls { get; set; }

    /// <summary>
    /// Where links sent away from the site (mail, the people page) point: the public URL, else the first listening
    /// address. Never a request header, which a sender could forge.
    /// </summary>
    public string LinkRoot() => PublicUrl is { Length: > 0 } url ? url.TrimEnd('/') : Hosting.SiteHosts.FirstAddress(ListenUrls ?? Hosting.SiteHosts.DefaultUrls);

    /// <summary>How often the scheduled publisher looks for posts that are due.</summary>
    [Range(1, 3600)]
    public int PublisherIntervalSeconds { get; set; } = 15;

    /// <summary>
    /// How long a lease on background work (publishing rounds, the running import) lasts unless renewed: how long
    /// the work waits after its instance dies before another takes it. Renewed every round (or every third of it),
    /// so the default, four rounds, lets a slow round or a database locked for a moment pass without a takeover.
    /// </summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    public TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(LeaseSeconds, 2 * PublisherIntervalSeconds));

    /// <summary>
    /// How long a request waits for a database another process holds locked before the site answers 503. Long enough
    /// for an import batch or a backup step to finish, short enough that a reader is not left staring at a blank page.
    /// </summary>
    [Range(1, 600)]
    public int BusyTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Redis, for several instances of one site: a StackExchange.Redis configuration string such as 127.0.0.1:6379.
    /// Unset: one machine, nothing shared beyond the data directory.
    /// </summary>
    public string? Redis { get; set; }

    public string DataPath(params string[] parts) => Path.GetFullPath(Path.Combine([Data, .. parts]));

    /// <summary>Qalam:Media:Store, where uploaded files live (see <see cref="FilesPath"/>).</summary>
    public FileStoreOptions Media { get; set; } = new();

    /// <summary>
    /// A path among the uploaded files (media/, confidential/, exports uploaded in the admin): under Qalam:Media:Store
    /// when set, a folder every instance mounts when there are several, otherwise under the data directory.
    /// </summary>
    public string FilesPath(params string[] parts) => Path.GetFullPath(Path.Combine([Media.Store is { Length: > 0 } store ? store : Data, .. parts]));

    public sealed class FileStoreOptions
    {
        public string? Store { get; set; }
    }
}
