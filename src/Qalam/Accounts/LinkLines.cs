namespace Qalam.Accounts;

/// <summary>Menu and social links as editors type them: one "label|url" per line.</summary>
public static class LinkLines
{
    public sealed record Link(string Label, string Url);

    /// <summary>The links, and the 1-based numbers of the lines that are not "label|url" with a safe URL.</summary>
    public static (IReadOnlyList<Link> Links, IReadOnlyList<int> BadLines) Parse(string? text)
    {
        var links = new List<Link>();
        var bad = new List<int>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var bar = line.LastIndexOf('|');
            var label = bar > 0 ? line[..bar].Trim() : "";
            var url = bar > 0 ? line[(bar + 1)..].Trim() : "";
            if (label.Length == 0 || label.Length > 100 || !IsSafeUrl(url)) bad.Add(i + 1);
            else links.Add(new Link(label, url));
        }
        return (links, bad);
    }

    /// <summary>http(s) links and site-relative paths only: never javascript:, data: or protocol-relative URLs.</summary>
    public static bool IsSafeUrl(string url) =>
        url.Length is > 0 and <= 500
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
            || (Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(u.Host)));

    /// <summary>The text stored: trimmed lines, blank lines dropped.</summary>
    public static string? Normalize(string? text)
    {
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }
}
