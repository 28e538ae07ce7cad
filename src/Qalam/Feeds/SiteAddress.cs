using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Qalam.Feeds;

/// <summary>Absolute addresses for feeds, sitemaps and robots.txt: the configured public URL, or the request's own scheme and host.</summary>
public static partial class SiteAddress
{
    public static string Root(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<QalamOptions>>().Value.PublicUrl;
        return string.IsNullOrEmpty(configured) ? $"{http.Request.Scheme}://{http.Request.Host}" : configured.TrimEnd('/');
    }

    /// <summary>
    /// Makes root-relative links in a sanitised body absolute (feed readers have no base address).
    /// The sanitiser always writes attributes double-quoted, so a pattern over its output is enough.
    /// </summary>
    public static string AbsolutizeLinks(string html, string root) => RootRelative().Replace(html, m => $"{m.Groups[1].Value}=\"{root}/");

    [GeneratedRegex("""\b(href|src)="/(?!/)""")]
    private static partial Regex RootRelative();
}
