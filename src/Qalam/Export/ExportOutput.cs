using System.Collections.Concurrent;
using System.Text;

namespace Qalam.Export;

/// <summary>
/// The export's folder. A file is written only when its bytes changed, so an unchanged file keeps its time and a sync
/// to a server sends only what changed. A manifest lists the files the export wrote; the next export removes those it
/// no longer produces (an unpublished post) and never touches a file it did not write.
/// </summary>
public sealed class ExportOutput
{
    public const string ManifestName = ".qalam-export";
    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _produced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _previous;
    private long _written, _unchanged, _bytesWritten, _bytesTotal;

    private ExportOutput(string root, HashSet<string> previous)
    {
        Root = root;
        _previous = previous;
    }

    public string Root { get; }
    public int Written => (int)Interlocked.Read(ref _written);
    public int Unchanged => (int)Interlocked.Read(ref _unchanged);
    public int Removed { get; private set; }
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);
    public long BytesTotal => Interlocked.Read(ref _bytesTotal);

    /// <summary>Creates the folder if needed and proves it can be written to; <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> if not.</summary>
    public static ExportOutput Open(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (File.Exists(root)) throw new IOException($"{root} is a file, not a folder.");
        Directory.CreateDirectory(root);
        var probe = Path.Combine(root, ManifestName + ".probe");
        File.WriteAllText(probe, "");
        File.Delete(probe);
        var manifest = Path.Combine(root, ManifestName);
        var previous = File.Exists(manifest)
            ? File.ReadAllLines(manifest, Encoding.UTF8).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : [];
        return new ExportOutput(root, previous);
    }

    /// <summary>Claims a file for this run: false when another address already produced it (/x and /x/ are one page).</summary>
    public bool Claim(string relative) => _claimed.TryAdd(relative, true);

    public async Task WriteAsync(string relative, byte[] bytes, CancellationToken ct)
    {
        var full = FullPath(relative) ?? throw new IOException($"{relative} is outside the export folder.");
        _produced[relative] = true;
        Interlocked.Add(ref _bytesTotal, bytes.Length);
        var existing = new FileInfo(full);
        if (existing.Exists && existing.Length == bytes.Length && (await File.ReadAllBytesAsync(full, ct)).AsSpan().SequenceEqual(bytes))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, ct);
        Interlocked.Increment(ref _written);
        Interlocked.Add(ref _bytesWritten, bytes.Length);
    }

    /// <summary>
    /// Removes the files an earlier export wrote and this one did not (only when nothing failed: a page that could not be
    /// fetched this time is not taken away), then records what this export wrote.
    /// </summary>
    public void Finish(bool removeStale)
    {
        var kept = new SortedSet<string>(_produced.Keys, StringComparer.Ordinal);
        foreach (var stale in _previous.Where(p => !kept.Contains(p)))
        {
            if (!removeStale) kept.Add(stale);
            else if (FullPath(stale) is { } full && File.Exists(full))
            {
                File.Delete(full);
                Removed++;
                RemoveEmptyFolders(Path.GetDirectoryName(full)!);
            }
        }
        var manifest = Path.Combine(Root, ManifestName);
        File.WriteAllLines(manifest + ".tmp", ["# Files written by `Qalam export static`; the next export removes those it no longer produces.", .. kept], new UTF8Encoding(false));
        File.Move(manifest + ".tmp", manifest, overwrite: true);
    }

    private string? FullPath(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !full.EndsWith(ManifestName, StringComparison.Ordinal) ? full : null;
    }

    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > Root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
