using Qalam.Cli;
using Qalam.Data;

namespace Qalam.Backups;

/// <summary>
/// Checks an archive without restoring it: every entry against the manifest's size and SHA-256, the archived database
/// with SQLite's integrity_check and the manifest's counts, and every media and confidential file the database names.
/// </summary>
public static class BackupVerifier
{
    public sealed record Verification(IReadOnlyList<string> Problems, BackupManifest? Manifest);

    /// <summary>One line per problem; none when the archive is good. <paramref name="keepDatabase"/> receives the database copy.</summary>
    public static async Task<Verification> VerifyAsync(string file, CancellationToken ct, string? keepDatabase = null)
    {
        var copy = keepDatabase ?? Path.Combine(Path.GetTempPath(), $"qalam-verify-{Guid.NewGuid():N}.db");
        var problems = new List<string>();
        try
        {
            var seen = await BackupArchive.ReadAsync(file, async (name, data) =>
            {
                if (name != DatabaseSnapshot.EntryName) return;
                await using var target = new FileStream(copy, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await data.CopyToAsync(target, ct);
            }, ct);
            problems.AddRange(BackupArchive.Compare(seen));
            if (seen.Manifest is not { } manifest || problems.Count > 0) return new(problems, seen.Manifest);
            if (!seen.Entries.ContainsKey(KeyRingSeal.EntryName)) problems.Add(CliStrings.Get("BackupEntryMissing", KeyRingSeal.EntryName));
            problems.AddRange(CheckDatabase(copy, manifest, seen.Entries.Keys.ToHashSet(StringComparer.Ordinal)));
            return new(problems, manifest);
        }
        finally
        {
            if (keepDatabase is null) File.Delete(copy);
        }
    }

    private static IEnumerable<string> CheckDatabase(string copy, BackupManifest manifest, HashSet<string> names)
    {
        if (!File.Exists(copy))
        {
            yield return CliStrings.Get("BackupEntryMissing", DatabaseSnapshot.EntryName);
            yield break;
        }
        IReadOnlyList<string> integrity;
        IReadOnlyDictionary<string, long> counts;
        try
        {
            (integrity, counts) = DatabaseSnapshot.Check(copy, manifest.Counts.Keys);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            integrity = [e.Message];
            counts = new Dictionary<string, long>();
        }
        foreach (var line in integrity) yield return CliStrings.Get("BackupDatabaseDamaged", line);
        if (integrity.Count > 0) yield break;
        foreach (var (table, expected) in manifest.Counts)
        {
            if (counts[table] != expected) yield return CliStrings.Get("BackupCountDiffers", table, expected, counts[table]);
        }
        var known = manifest.MissingAtBackup.ToHashSet(StringComparer.Ordinal);
        foreach (var name in BackupWriter.NamedFiles(copy).Where(n => !names.Contains(n) && !known.Contains(n)))
        {
            yield return CliStrings.Get("BackupFileMissing", name);
        }
    }
}
