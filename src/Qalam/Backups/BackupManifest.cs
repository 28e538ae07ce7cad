using System.Text.Json;

namespace Qalam.Backups;

/// <summary>
/// The last entry of an archive (manifest.json): what the archive holds, each entry's size and SHA-256, and the row
/// counts of the archived database, so an archive can be checked without restoring it. Files the database names but
/// the data directory already lacked when the backup was taken are listed, so verifying tells them from damage.
/// </summary>
public sealed record BackupManifest(
    int Format,
    string Database,
    DateTimeOffset CreatedUtc,
    string QalamVersion,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<BackupManifest.Entry> Entries,
    IReadOnlyList<string> MissingAtBackup)
{
    public const string EntryName = "manifest.json";
    public const int CurrentFormat = 1;

    /// <summary>The tables counted: what a person would miss first (site settings live in the Settings table).</summary>
    public static readonly string[] CountedTables = ["Posts", "People", "Media", "ConfidentialDocuments", "Comments", "Statements", "Settings"];

    public sealed record Entry(string Name, long Size, string Sha256);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static BackupManifest? FromJson(Stream json)
    {
        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
