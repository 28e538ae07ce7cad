using Microsoft.AspNetCore.WebUtilities;
using Qalam.Feeds;

namespace Qalam.Api;

/// <summary>Paging links (RFC 8288 Link header) that keep the request's other parameters.</summary>
public static class ApiPaging
{
    public const int DefaultPerPage = 10;
    public const int MaxPerPage = 100;

    /// <summary>This request's absolute address with some parameters set (or removed, when null).</summary>
    public static string With(HttpContext http, params (string Key, string? Value)[] changes)
    {
        var query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        foreach (var (key, value) in changes)
        {
            if (value is null) query.Remove(key); else query[key] = value;
        }
        var path = SiteAddress.Root(http) + http.Request.PathBase + http.Request.Path;
        return QueryHelpers.AddQueryString(path, query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
    }

    public static void Link(HttpContext http, params (string Rel, string? Url)[] links)
    {
        var value = string.Join(", ", links.Where(l => l.Url is not null).Select(l => $"<{l.Url}>; rel=\"{l.Rel}\""));
        if (value.Length > 0) http.Response.Headers.Link = value;
    }

    /// <summary>first, prev, next and last links for a numbered page.</summary>
    public static string? LinkPages(HttpContext http, int page, int totalPages, string pageKey = "page")
    {
        string At(int n) => With(http, (pageKey, n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var next = page < totalPages ? At(page + 1) : null;
        Link(http, ("first", At(1)), ("prev", page > 1 ? At(Math.Min(page - 1, totalPages)) : null), ("next", next), ("last", At(totalPages)));
        return next;
    }
}
