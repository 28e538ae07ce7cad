namespace Qalam.Theme;

/// <summary>The site's logo setting holds the address of a media library image, "/media/2026/12/logo.png".</summary>
public static class SiteLogo
{
    /// <summary>The library's storage path the address names ("2026/12/logo.png"), or null for another kind of address.</summary>
    public static string? StoragePath(string? logoUrl)
    {
        const string prefix = "/media/";
        if (logoUrl is null || !logoUrl.StartsWith(prefix, StringComparison.Ordinal) || logoUrl.Contains('?') || logoUrl.Contains('#')) return null;
        var segments = logoUrl[prefix.Length..].Split('/').Select(Uri.UnescapeDataString).ToList();
        return segments.Any(s => s is "" or "." or ".." || s.Contains('\\')) ? null : string.Join('/', segments);
    }
}
