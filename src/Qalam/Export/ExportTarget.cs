namespace Qalam.Export;

/// <summary>
/// Where the export will be served from. <see cref="SiteRoots"/> are the absolute roots the server wrote for itself
/// (its public URL, the loopback address it answered on); links to them are rewritten to <see cref="Root"/>, the base
/// URL ("" without one: links become root-relative), and root-relative links get <see cref="BasePath"/> in front.
/// </summary>
public sealed record ExportTarget(IReadOnlyList<string> SiteRoots, string Root, string BasePath)
{
    /// <param name="baseUrl">--base-url, else the configured public URL; null when there is neither.</param>
    /// <param name="serverRoots">The roots the server may have written into pages (public URL, request origin).</param>
    public static ExportTarget For(Uri? baseUrl, params string?[] serverRoots)
    {
        var root = baseUrl is null ? "" : baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var basePath = baseUrl is null ? "" : baseUrl.AbsolutePath.TrimEnd('/');
        var roots = serverRoots.Append(root).OfType<string>().Select(r => r.TrimEnd('/')).Where(r => r.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(r => r.Length).ToList();
        return new ExportTarget(roots, root, basePath);
    }

    /// <summary>Reads --base-url: an absolute http(s) address without query or fragment.</summary>
    public static bool TryParseBaseUrl(string? text, out Uri? url, out string error)
    {
        url = null;
        error = "";
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")
            || parsed.Query.Length > 0 || parsed.Fragment.Length > 0 || parsed.Host.Length == 0)
        {
            error = $"--base-url must be an absolute http or https address without query, such as https://example.org/site/ (got \"{text}\").";
            return false;
        }
        url = parsed;
        return true;
    }
}
