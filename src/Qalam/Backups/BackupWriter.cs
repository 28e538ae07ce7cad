using System.Diagnostics;
using System.Formats.Tar;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Qalam.Data;
using Qalam.Hosting;

namespace Qalam.Backups;

public sealed record BackupProgress(int Done, int Total, string Step);

public sealed record BackupSummary(string File, long Size, BackupManifest Manifest, TimeSpan Took);

/// <summary>
/// Writes one archive (a PAX .tar, streamed: no file is held whole in memory) of the database, media, confidential
/// files and sealed keys, while the site keeps serving. The database is copied first: media and confidential files
/// are written to disk before the rows that name them are committed, so every file the copy names is then on disk.
/// The archive is written under a temporary name, flushed to the disk and renamed: a crash or kill never leaves a
/// file under the real name that is not a whole archive (and a partial one has no manifest, so it never verifies).
/// </summary>
internal sealed class BackupWriter(IOptions<QalamOptions> options, KeyRingKey ringKey, TimeProvider clock)
{
    public async Task<BackupSummary> WriteAsync(string file, string passphrase, string connectionString, IProgress<BackupProgress>? progress, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        file = Path.GetFullPath(file);
        var temp = $"{file}.{Environment.ProcessId}.partial";
        var dbCopy = $"{file}.{Environment.ProcessId}.db.partial";
        try
        {
            progress?.Report(new BackupProgress(0, 1, "database"));
            await Task.Run(() => DatabaseSnapshot.Write(connectionString, dbCopy), ct);
            var (problems, counts) = DatabaseSnapshot.Check(dbCopy, BackupManifest.CountedTables);
            if (problems.Count > 0) throw new InvalidDataException($"The database copy fails its integrity check: {problems[0]}");
            var files = Files("media").Concat(Files("confidential")).ToList();
            var onDisk = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var missing = NamedFiles(dbCopy).Where(n => !onDisk.Contains(n)).ToList();
            var total = files.Count + 3;
            var entries = new List<BackupManifest.Entry>();
            BackupManifest manifest;
            await using (var stream = new FileStream(temp, Create()))
            {
                await using (var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true))
                {
                    entries.Add(await AddFileAsync(tar, DatabaseSnapshot.EntryName, dbCopy, ct) ?? throw new FileNotFoundException(dbCopy));
                    progress?.Report(new BackupProgress(1, total, "database"));
                    for (var i = 0; i < files.Count; i++)
                    {
                        if (await AddFileAsync(tar, files[i].Name, files[i].Path, ct) is { } added) entries.Add(added);
                        progress?.Report(new BackupProgress(i + 2, total, files[i].Name.StartsWith("media/", StringComparison.Ordinal) ? "media" : "confidential"));
                    }
                    var keys = KeyRingSeal.Seal(options.Value.DataPath("keys"), ringKey, passphrase);
                    entries.Add(await AddBytesAsync(tar, KeyRingSeal.EntryName, keys, ct));
                    manifest = new BackupManifest(BackupManifest.CurrentFormat, DatabaseSnapshot.Provider, clock.GetUtcNow(),
                        typeof(BackupWriter).Assembly.GetName().Version?.ToString() ?? "", counts, entries, missing);
                    await AddBytesAsync(tar, BackupManifest.EntryName, manifest.ToJson(), ct);
                    progress?.Report(new BackupProgress(total, total, "manifest"));
                }
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, file, overwrite: true);
            return new BackupSummary(file, new FileInfo(file).Length, manifest, started.Elapsed);
        }
        finally
        {
            File.Delete(dbCopy);
            File.Delete(temp);
        }
    }

    /// <summary>The archive names of the media and confidential files the database says exist.</summary>
    public static IEnumerable<string> NamedFiles(string database) =>
        DatabaseSnapshot.Column(database, "Media", "StoragePath").Select(p => "media/" + p)
            .Concat(DatabaseSnapshot.Column(database, "ConfidentialDocuments", "StoragePath").Select(p => "confidential/" + Path.GetFileName(p)));

    private IEnumerable<(string Name, string Path)> Files(string folder)
    {
        var root = options.Value.FilesPath(folder);
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(p => ($"{folder}/{Path.GetRelativePath(root, p).Replace('\\', '/')}", p))
            .OrderBy(f => f.Item1, StringComparer.Ordinal);
    }

    /// <summary>Hashes, then copies, one open file: the same handle for both, so a file replaced meanwhile cannot mix.</summary>
    private static async Task<BackupManifest.Entry?> AddFileAsync(TarWriter tar, string name, string path, CancellationToken ct)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            return null; // removed since the listing (a media sweep, a deleted upload): its row is gone from the copy too.
        }
        await using (file)
        {
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
            file.Position = 0;
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = file, ModificationTime = File.GetLastWriteTimeUtc(path) };
            await tar.WriteEntryAsync(entry, ct);
            return new BackupManifest.Entry(name, file.Length, hash);
        }
    }

    private static async Task<BackupManifest.Entry> AddBytesAsync(TarWriter tar, string name, byte[] bytes, CancellationToken ct)
    {
        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) }, ct);
        return new BackupManifest.Entry(name, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    // The archive holds the site's data: readable by its owner only, like the data directory.
    private static FileStreamOptions Create()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }
}
