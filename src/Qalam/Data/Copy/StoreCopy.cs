using System.Security.Cryptography;
using Qalam.Backups;

namespace Qalam.Data.Copy;

/// <summary>
/// The uploaded files (media/, confidential/, imports/) from one files store to another, each checked by its SHA-256
/// after it is written. Confidential files stay as they are on disk (encrypted with the key ring) and, like every
/// file here, owner-only. A file already in the target with the same bytes is left; one with other bytes stops the
/// copy before anything is written.
/// </summary>
public sealed class StoreCopy(string from, string to)
{
    public static readonly string[] Folders = ["media", "confidential", "imports"];

    public string From { get; } = Path.GetFullPath(from);

    public string To { get; } = Path.GetFullPath(to);

    /// <summary>Both sides name one folder: the files are already where the copy's site will look for them.</summary>
    public bool SamePlace => string.Equals(From.TrimEnd('/'), To.TrimEnd('/'), StringComparison.Ordinal);

    public sealed record Result(int Copied, int AlreadyThere, long Bytes, IReadOnlyList<string> Differ);

    public IReadOnlyList<string> Files() =>
        [.. Folders.Select(f => Path.Combine(From, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(From, f)).Order(StringComparer.Ordinal)];

    /// <summary>Refuses a target that holds a file of the same name with other bytes.</summary>
    public async Task CheckAsync(IReadOnlyList<string> files, CancellationToken ct)
    {
        if (!Directory.Exists(From)) throw DatabaseAddress.Refused("CopyNoFilesFolder", From);
        foreach (var file in files)
        {
            var there = Path.Combine(To, file);
            if (File.Exists(there) && !Same(await HashAsync(there, ct), await HashAsync(Path.Combine(From, file), ct)))
            {
                throw new Hosting.StartupFailureException(CopyExitCodes.TargetNotEmpty, Cli.CliStrings.Get("CopyFileExists", there));
            }
        }
    }

    public async Task<Result> CopyAsync(IReadOnlyList<string> files, IProgress<BackupProgress> progress, CancellationToken ct)
    {
        DataFiles.CreatePrivateDirectory(To);
        var (copied, there, bytes, differ) = (0, 0, 0L, new List<string>());
        for (var i = 0; i < files.Count; i++)
        {
            progress.Report(new BackupProgress(i, files.Count, "files"));
            var (source, target) = (Path.Combine(From, files[i]), Path.Combine(To, files[i]));
            var hash = await HashAsync(source, ct);
            if (File.Exists(target) && Same(await HashAsync(target, ct), hash))
            {
                there++;
                continue;
            }
            // Owner-only, as the site's own data (DataFiles): the process's umask is 077 from CreatePrivateDirectory on.
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var partial = target + ".copying";
            await using (var input = File.OpenRead(source))
            await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write))
            {
                await input.CopyToAsync(output, ct);
                bytes += output.Length;
            }
            File.Move(partial, target, overwrite: true);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(source));
            if (!Same(await HashAsync(target, ct), hash)) differ.Add(files[i]);
            copied++;
        }
        progress.Report(new BackupProgress(files.Count, files.Count, "files"));
        return new Result(copied, there, bytes, differ);
    }

    private static bool Same(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);

    private static async Task<byte[]> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return await SHA256.HashDataAsync(stream, ct);
    }
}
