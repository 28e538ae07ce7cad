using System.Text;

namespace Qalam.Export;

/// <summary>
/// Where each address of the site goes in the export, and what a link to it becomes, so that a plain file server finds
/// it at the server's root or under a base path. A page at /x is x/index.html (file servers answer /x with x/); a query
/// string names no file, so ?page=N becomes …/page/N/; a feed at …/feed is …/feed.xml, beside the folder …/feed/ that
/// holds atom.xml. Slugs are percent-decoded and NFC, so Arabic addresses become Arabic file and folder names.
/// </summary>
public static class ExportPaths
{
    private static readonly string[] FeedKinds = ["author", "category", "tag"];

    /// <summary>The file (relative, '/'-separated) an address is written to, or null when no file can stand for it.</summary>
    public static string? FileFor(string address)
    {
        var (path, page, otherQuery) = Parse(address);
        var segments = Segments(path);
        if (segments is null) return null;
        var joined = string.Join('/', segments);
        if (IsFeed(segments)) return page is null && !otherQuery ? joined + ".xml" : null;
        // A file's own query (?v=hash, ?download=true) asks for the same bytes.
        if (IsFile(path, segments)) return joined;
        if (otherQuery) return null;
        if (page is > 1) joined = (joined.Length == 0 ? "" : joined + "/") + $"page/{page}";
        return (joined.Length == 0 ? "" : joined + "/") + "index.html";
    }

    /// <summary>What a root-relative link (still percent-encoded, maybe with a #fragment) becomes in the export.</summary>
    public static string LinkFor(string link)
    {
        var hash = link.IndexOf('#');
        var (target, fragment) = hash < 0 ? (link, "") : (link[..hash], link[hash..]);
        var (path, page, otherQuery) = Parse(target);
        if (otherQuery) return link;
        var segments = Segments(path);
        if (segments is null) return link;
        if (IsFeed(segments)) return page is null ? path.TrimEnd('/') + ".xml" + fragment : link;
        if (IsFile(path, segments)) return link;
        if (page is > 1) return path.TrimEnd('/') + $"/page/{page}/" + fragment;
        return page is 1 ? path + fragment : link;
    }

    private static (string Path, int? Page, bool OtherQuery) Parse(string address)
    {
        var hash = address.IndexOf('#');
        if (hash >= 0) address = address[..hash];
        var q = address.IndexOf('?');
        if (q < 0) return (address, null, false);
        int? page = null;
        var other = false;
        foreach (var pair in address[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair[..eq] == "page" && int.TryParse(pair[(eq + 1)..], out var n) && n > 0 && page is null) page = n;
            else other = true;
        }
        return (address[..q], page, other);
    }

    /// <summary>The decoded, NFC segments of a path; null when one could not be a file name.</summary>
    private static List<string>? Segments(string path)
    {
        if (!path.StartsWith('/')) return null;
        var list = new List<string>();
        foreach (var raw in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = Uri.UnescapeDataString(raw).Normalize(NormalizationForm.FormC);
            if (segment is "." or ".." || segment.Any(c => c is '/' or '\\' || char.IsControl(c))) return null;
            // Most file systems allow 255 bytes in a name: a longer slug cannot become a file.
            if (Encoding.UTF8.GetByteCount(segment) > 240) return null;
            list.Add(segment);
        }
        return list;
    }

    private static bool IsFeed(List<string> s) =>
        (s.Count == 1 && s[0] == "feed") || (s.Count == 2 && s[0] == "feed" && s[1] == "atom")
        || (s.Count is 3 or 4 && FeedKinds.Contains(s[0]) && s[2] == "feed" && (s.Count == 3 || s[3] == "atom"));

    private static bool IsFile(string path, List<string> segments) =>
        !path.EndsWith('/') && segments.Count > 0 && segments[^1].Contains('.');
}
