using System.Text;

namespace Qalam.Content;

/// <summary>One form for every path stored in or looked up from the redirect table: decoded, NFC, no trailing slash, lower-case Latin.</summary>
public static class RedirectPaths
{
    public static string Normalize(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? pathAndQuery : pathAndQuery[..q];
        var query = q < 0 ? "" : pathAndQuery[q..];
        var decoded = path.Contains('%', StringComparison.Ordinal) ? Slug.Normalize(path) : UnicodeText.Normalize(path, NormalizationForm.FormC).ToLowerInvariant();
        decoded = "/" + decoded.Trim('/');
        return decoded + query;
    }
}
