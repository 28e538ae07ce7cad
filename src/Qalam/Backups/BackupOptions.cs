using System.ComponentModel.DataAnnotations;

namespace Qalam.Backups;

/// <summary>
/// Backups, bound from "Qalam:Backups" (appsettings.json or Qalam__Backups__… environment variables): settings of the
/// server, not of the site, since they name folders on its disk and a secret, which the admin never shows.
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "Qalam:Backups";

    /// <summary>Take a backup every day from the background round. Off by default; needs <see cref="Passphrase"/>.</summary>
    public bool Scheduled { get; set; }

    /// <summary>Where scheduled backups go; default "/// <summary>Where scheduled backups go; default "backups" beside the data directory (another disk is better).</summary>lt;data/// <summary>Where scheduled backups go; default "backups" beside the data directory (another disk is better).</summary>gt;-backups" beside the data directory (another disk is better).</summary>
    public string? Folder { get; set; }

    /// <summary>Seals the data-protection keys in each archive; the `backup` verb reads it from stdin when this is empty.</summary>
    public string? Passphrase { get; set; }

    /// <summary>Daily archives kept: the newest of each of the last N days.</summary>
    [Range(1, 365)]
    public int KeepDaily { get; set; } = 7;

    /// <summary>Weekly archives kept beyond those: the newest of each of the last M weeks.</summary>
    [Range(0, 520)]
    public int KeepWeekly { get; set; } = 4;

    public string FolderFor(string dataPath) =>
        Path.GetFullPath(Folder is { Length: > 0 } f ? f : Path.TrimEndingDirectorySeparator(dataPath) + "-backups");
}
