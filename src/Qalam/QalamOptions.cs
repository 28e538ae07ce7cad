using System.ComponentModel.DataAnnotations;

namespace Qalam;

/// <summary>Typed settings, bound from the "Qalam" section (appsettings, QALAM-prefixed environment variables, verb options).</summary>
public sealed class QalamOptions
{
    public const string Section = "Qalam";

    /// <summary>The data directory: SQLite database, media, confidential files, keys. Default ./data.</summary>
    [Required]
    public string Data { get; set; } = "data";

    /// <summary>"sqlite" (the embedded default). PostgreSQL comes with a later part.</summary>
    [Required]
    public string Database { get; set; } = "sqlite";

    /// <summary>Fill a new, empty database with the demo organisation on first start.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Public base URL for canonical links, feeds and sitemaps, e.g. https://example.org. Empty: taken from each request.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How often the scheduled publisher looks for posts that are due.</summary>
    [Range(1, 3600)]
    public int PublisherIntervalSeconds { get; set; } = 15;

    public string DataPath(params string[] parts) => Path.GetFullPath(Path.Combine([Data, .. parts]));
}
