using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Qalam.Import;

/// <summary>
/// The old site's wp-content/uploads, as a folder or a zip, looked up by the path WordPress records
/// ("2026/01/photo.jpg"). When the original is missing, the largest resized variant (photo-1024x768.jpg) stands in.
/// </summary>
public sealed partial class UploadsSource : IDisposable
{
    /// <summary>Files larger than this are not read (a zip entry can claim anything).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly string? _directory;
    private readonly ZipArchive? _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    private UploadsSource(string? directory, ZipArchive? zip)
    {
        _directory = directory;
        _zip = zip;
        if (zip is null) return;
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            var name = entry.FullName.Replace('\\', '/');
            var at = name.LastIndexOf("uploads/", StringComparison.OrdinalIgnoreCase);
            _entries.TryAdd(at >= 0 ? name[(at + "uploads/".Length)..] : name, entry);
        }
    }

    public static UploadsSource? Open(string? directory, string? zipPath)
    {
        if (directory is not null) return new UploadsSource(Path.GetFullPath(directory), null);
        if (zipPath is not null) return new UploadsSource(null, ZipFile.OpenRead(zipPath));
        return null;
    }

    /// <summary>Opens the file for an upload path, or its largest variant; null when neither is there or it is too large.</summary>
    public Stream? Open(string uploadPath)
    {
        var path = uploadPath.Replace('\\', '/').TrimStart('/');
        if (path.Contains("..", StringComparison.Ordinal)) return null;
        return _zip is not null ? OpenFromZip(path) : OpenFromDirectory(path);
    }

    public bool Exists(string uploadPath)
    {
        using var s = Open(uploadPath);
        return s is not null;
    }

    private Stream? OpenFromZip(string path)
    {
        var entry = _entries.GetValueOrDefault(path);
        if (entry is null && LargestVariant(path, _entries.Keys.Where(k => SameFolder(k, path))) is { } variant) entry = _entries[variant];
        return entry is null || entry.Length > MaxFileBytes ? null : entry.Open();
    }

    private Stream? OpenFromDirectory(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_directory!, path));
        if (!full.StartsWith(_directory!, StringComparison.Ordinal)) return null;
        if (!File.Exists(full))
        {
            var folder = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(folder)) return null;
            var variant = LargestVariant(Path.GetFileName(full), Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>());
            if (variant is null) return null;
            full = Path.Combine(folder, variant);
        }
        return new FileInfo(full).Length > MaxFileBytes ? null : File.OpenRead(full);
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.GetDirectoryName(a), Path.GetDirectoryName(b), StringComparison.OrdinalIgnoreCase);

    private static string? LargestVariant(string original, IEnumerable<string> candidates)
    {
        var stem = Path.GetFileNameWithoutExtension(original);
        var ext = Path.GetExtension(original);
        return candidates
            .Select(c => (Name: c, Match: Variant().Match(Path.GetFileName(c))))
            .Where(c => c.Match.Success && c.Match.Groups["stem"].Value == stem && c.Match.Groups["ext"].Value.Equals(ext, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => long.Parse(c.Match.Groups["w"].Value) * long.Parse(c.Match.Groups["h"].Value))
            .Select(c => c.Name).FirstOrDefault();
    }

    public void Dispose() => _zip?.Dispose();

    [GeneratedRegex(@"^(?<stem>.+)-(?<w>\d{1,5})x(?<h>\d{1,5})(?<ext>\.[A-Za-z0-9]+)$")]
    private static partial Regex Variant();
}
