using System.Formats.Tar;
using System.Security.Cryptography;

namespace Qalam.Backups;

/// <summary>
/// Reads an archive front to back once, hashing each entry as it streams past the reader's own work (a check, an
/// extraction), and reports what it found: each entry's size and SHA-256, the manifest, and where reading stopped early.
/// </summary>
internal static class BackupArchive
{
    public sealed record Seen(IReadOnlyDictionary<string, BackupManifest.Entry> Entries, BackupManifest? Manifest, string? Damage);

    public static async Task<Seen> ReadAsync(string file, Func<string, Stream, Task>? onEntry, CancellationToken ct)
    {
        var entries = new Dictionary<string, BackupManifest.Entry>(StringComparer.Ordinal);
        BackupManifest? manifest = null;
        string? damage = null;
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var tar = new TarReader(stream);
        try
        {
            while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
                using var sha = SHA256.Create();
                await using var hashed = new CryptoStream(entry.DataStream ?? Stream.Null, sha, CryptoStreamMode.Read, leaveOpen: true);
                if (entry.Name == BackupManifest.EntryName)
                {
                    var copy = new MemoryStream();
                    await hashed.CopyToAsync(copy, ct);
                    copy.Position = 0;
                    manifest = BackupManifest.FromJson(copy);
                }
                else if (onEntry is not null)
                {
                    await onEntry(entry.Name, hashed);
                }
                await hashed.CopyToAsync(Stream.Null, ct);
                entries[entry.Name] = new BackupManifest.Entry(entry.Name, entry.Length, Convert.ToHexStringLower(sha.Hash!));
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
        {
            damage = entries.Count == 0 ? "" : entries.Keys.Last();
        }
        return new Seen(entries, manifest, damage);
    }

    /// <summary>What differs between the manifest and the entries read: one line per problem.</summary>
    public static IEnumerable<string> Compare(Seen seen)
    {
        if (seen.Damage is { } after)
        {
            yield return after.Length == 0 ? Cli.CliStrings.Get("BackupNotAnArchive") : Cli.CliStrings.Get("BackupCutShort", after);
        }
        if (seen.Manifest is not { } manifest)
        {
            if (seen.Damage is null) yield return Cli.CliStrings.Get("BackupNoManifest");
            yield break;
        }
        if (manifest.Format > BackupManifest.CurrentFormat) yield return Cli.CliStrings.Get("BackupNewerFormat", manifest.Format);
        foreach (var expected in manifest.Entries)
        {
            if (!seen.Entries.TryGetValue(expected.Name, out var found)) yield return Cli.CliStrings.Get("BackupEntryMissing", expected.Name);
            else if (found.Size != expected.Size || found.Sha256 != expected.Sha256) yield return Cli.CliStrings.Get("BackupEntryChanged", expected.Name);
        }
        var listed = manifest.Entries.Select(e => e.Name).Append(BackupManifest.EntryName).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in seen.Entries.Keys.Where(n => !listed.Contains(n))) yield return Cli.CliStrings.Get("BackupEntryUnlisted", extra);
    }
}
