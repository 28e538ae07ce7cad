using Qalam.Cli;
using Qalam.Data;
using Qalam.Hosting;

namespace Qalam.Backups;

/// <summary>
/// Brings an archive back into an empty data directory. Everything is written into a sibling folder first and moved
/// into place at the end, so a restore that stops half-way leaves the target as empty as it was.
/// </summary>
internal static class BackupRestorer
{
    public sealed class RefusedException(int exitCode, string line) : Exception(line)
    {
        public int ExitCode { get; } = exitCode;
    }

    /// <summary>Restores <paramref name="file"/> into <paramref name="target"/>; throws <see cref="RefusedException"/> with one line to show.</summary>
    public static async Task<BackupManifest> RestoreAsync(string file, string target, string passphrase, IConfiguration config, IProgress<BackupProgress>? progress, CancellationToken ct)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new RefusedException(BackupExitCodes.TargetNotEmpty, CliStrings.Get("RestoreTargetNotEmpty", target));
        }
        if (Path.GetDirectoryName(target) is { } parent && !Directory.Exists(parent))
        {
            throw new RefusedException(BackupExitCodes.TargetNotEmpty, CliStrings.Get("DataParentMissing", target, parent));
        }
        var staging = $"{target}.restoring-{Environment.ProcessId}";
        DataFiles.CreatePrivateDirectory(staging);
        try
        {
            progress?.Report(new BackupProgress(0, 1, "verify"));
            var (problems, checkedManifest) = await BackupVerifier.VerifyAsync(file, ct, keepDatabase: Path.Combine(staging, "qalam.db"));
            if (problems.Count > 0 || checkedManifest is not { } manifest)
            {
                throw new RefusedException(BackupExitCodes.ArchiveDamaged, CliStrings.Get("RestoreArchiveDamaged", file, problems.Count > 0 ? problems[0] : ""));
            }
            byte[]? keys = null;
            var done = 1;
            await BackupArchive.ReadAsync(file, async (name, data) =>
            {
                if (name == KeyRingSeal.EntryName)
                {
                    var copy = new MemoryStream();
                    await data.CopyToAsync(copy, ct);
                    keys = copy.ToArray();
                    return;
                }
                if (!name.StartsWith("media/", StringComparison.Ordinal) && !name.StartsWith("confidential/", StringComparison.Ordinal)) return;
                var path = Path.GetFullPath(Path.Combine(staging, name));
                // An entry named "media/../../x" would write outside the target; a manifest cannot vouch for names.
                if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return;
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await data.CopyToAsync(output, ct);
                progress?.Report(new BackupProgress(++done, manifest.Entries.Count, name.Split('/')[0]));
            }, ct);
            var opened = keys is null ? null : KeyRingSeal.Open(keys, passphrase);
            if (opened is null) throw new RefusedException(BackupExitCodes.WrongPassphrase, CliStrings.Get("RestoreWrongPassphrase"));
            var ringKey = KeyRingKey.Load(config, target);
            var keyFolder = Path.Combine(staging, "keys");
            DataFiles.CreatePrivateDirectory(keyFolder);
            foreach (var (name, xml) in KeyRingSeal.Reseal(opened, ringKey))
            {
                await File.WriteAllTextAsync(Path.Combine(keyFolder, Path.GetFileName(name)), xml, ct);
            }
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(staging, target);
            DataFiles.CreatePrivateDirectory(target);
            progress?.Report(new BackupProgress(manifest.Entries.Count, manifest.Entries.Count, "done"));
            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}

/// <summary>What the exit code of `backup`, `backup verify` and `restore` says (also in the README).</summary>
public static class BackupExitCodes
{
    public const int Done = 0;
    public const int CouldNotRun = 1;
    public const int ArchiveDamaged = 2;
    public const int TargetNotEmpty = 3;
    public const int WrongPassphrase = 4;
}
