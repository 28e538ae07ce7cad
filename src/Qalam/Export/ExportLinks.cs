using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Qalam.Export;

/// <summary>
/// Rewrites the links of one response for the export (<see cref="ExportPaths.LinkFor"/>, the base path, the base URL)
/// and reports every address of the site it finds, which the export then fetches. Only links change: the rest of the
/// text is kept byte for byte, which is why this works on the text rather than on a parsed and re-serialised document.
/// Razor and the body sanitiser write every attribute double-quoted.
/// </summary>
public sealed partial class ExportLinks
{
    private readonly ExportTarget _target;
    private readonly Regex _absolute;

    public ExportLinks(ExportTarget target)
    {
        _target = target;
        // A root, not followed by more of a host name or a port, then its path (as far as a URL can run in HTML, XML or JSON).
        var roots = string.Join('|', target.SiteRoots.Select(Regex.Escape));
        _absolute = new Regex($"(?:{roots})(?![\\w.:-])(/[^\\s\"'<>)\\\\]*)?", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public enum Kind { Html, Css, Text, Binary }

    public static Kind KindOf(string? contentType) => contentType switch
    {
        null => Kind.Binary,
        _ when contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) => Kind.Html,
        _ when contentType.StartsWith("text/css", StringComparison.OrdinalIgnoreCase) => Kind.Css,
        _ when contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("json", StringComparison.OrdinalIgnoreCase) => Kind.Text,
        _ => Kind.Binary,
    };

    /// <summary>The bytes to write; <paramref name="found"/> gets each root-relative address of the site met on the way.</summary>
    public byte[] Rewrite(byte[] body, Kind kind, Action<string> found)
    {
        if (kind == Kind.Binary || (_target.SiteRoots.Count == 0 && kind == Kind.Text)) return body;
        var text = Encoding.UTF8.GetString(body);
        var result = kind switch
        {
            Kind.Html => Absolute(Attribute().Replace(text, m => m.Groups[1].Value + Attribute(m.Groups[1].Value, m.Groups[2].Value, found)), found),
            Kind.Css => Absolute(CssUrl().Replace(text, m => m.Groups[1].Value + Relative(m.Groups[2].Value, found)), found),
            _ => Absolute(text, found),
        };
        return result == text ? body : Encoding.UTF8.GetBytes(result);
    }

    /// <summary>One address (a redirect's Location): its form in the export, or null when it leads off the site.</summary>
    public string? Map(string url, Action<string> found)
    {
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) return Relative(url, found);
        if (_target.SiteRoots.Count == 0 || _absolute.Match(url) is not { Success: true, Index: 0 } m || m.Length != url.Length) return null;
        return Absolute(url, found);
    }

    private string Attribute(string name, string value, Action<string> found)
    {
        if (!name.Contains("srcset", StringComparison.Ordinal)) return Relative(value, found);
        // "url 480w, url 960w": each candidate's first word is an address.
        return string.Join(',', value.Split(',').Select(candidate =>
        {
            var trimmed = candidate.TrimStart();
            var end = trimmed.IndexOfAny([' ', '\t', '\n']);
            var url = end < 0 ? trimmed : trimmed[..end];
            return candidate[..(candidate.Length - trimmed.Length)] + Relative(url, found) + (end < 0 ? "" : trimmed[end..]);
        }));
    }

    private string Relative(string url, Action<string> found)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return url;
        found(WebUtility.HtmlDecode(url));
        return _target.BasePath + ExportPaths.LinkFor(url);
    }

    private string Absolute(string text, Action<string> found) =>
        _target.SiteRoots.Count == 0 ? text : _absolute.Replace(text, m =>
        {
            var path = m.Groups[1].Success ? m.Groups[1].Value : "/";
            found(WebUtility.HtmlDecode(path));
            var mapped = ExportPaths.LinkFor(path);
            return _target.Root + (m.Groups[1].Success || _target.Root.Length == 0 ? mapped : "");
        });

    // The attributes that hold addresses; a space before the name, so data-src and the like are not taken.
    [GeneratedRegex("""(\s(?:href|src|srcset|imagesrcset|action|poster|data)=")([^"]*)(?=")""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex("""(url\(\s*['"]?)(/[^'")\s]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();
}
