using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Api.Public;

/// <summary>The posts list's filters as the query string gives them, resolved to ids (or to a problem for the client).</summary>
public static class PostQuery
{
    /// <summary>The filter, or null when a named author, category or tag does not exist (so nothing can match).</summary>
    public static async Task<(PostFilter? Filter, IResult? Problem)> ResolveAsync(HttpContext http, ContentQueries content, ApiShapes shapes,
        string? author, string? category, string? tag, string? kind, string? language, string? month)
    {
        PostKind? postKind = null;
        if (kind is { Length: > 0 })
        {
            if (!Enum.TryParse<PostKind>(kind, ignoreCase: true, out var k) || int.TryParse(kind, out _)) return (null, ApiProblems.BadParameter(http, "kind", "kind"));
            postKind = k;
        }
        var (code, languageProblem) = Language(http, language);
        if (languageProblem is not null) return (null, languageProblem);
        DateTimeOffset? from = null, to = null;
        if (month is { Length: > 0 })
        {
            // The last month of year 9999 has no end to count to: refused like any other month that cannot be.
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || first.Year > 9998)
            {
                return (null, ApiProblems.BadParameter(http, "month", "month"));
            }
            // The month as the site's readers live it: its bounds in the site's zone, given to the query in UTC.
            from = Bound(first, shapes.Site.Zone);
            to = Bound(first.AddMonths(1), shapes.Site.Zone);
        }
        var filter = new PostFilter(Kind: postKind, Language: code, FromUtc: from, ToUtc: to);
        if (author is { Length: > 0 })
        {
            if (await content.FindAuthorAsync(Slug.Normalize(author), http.RequestAborted) is not { } a) return (null, null);
            filter = filter with { AuthorId = a.Id };
        }
        if (category is { Length: > 0 })
        {
            if (await content.FindCategoryAsync(Slug.Normalize(category), http.RequestAborted) is not { } c) return (null, null);
            filter = filter with { CategoryId = c.Id };
        }
        if (tag is { Length: > 0 })
        {
            if (await content.FindTagAsync(Slug.Normalize(tag), http.RequestAborted) is not { } t) return (null, null);
            filter = filter with { TagId = t.Id };
        }
        return (filter, null);
    }

    /// <summary>A language parameter: none, or one of the site's languages (its code as the site writes it), else a problem naming them.</summary>
    public static (string? Code, IResult? Problem) Language(HttpContext http, string? language)
    {
        if (string.IsNullOrEmpty(language)) return (null, null);
        var languages = http.RequestServices.GetRequiredService<Languages>();
        if (languages.Find(language) is { } found) return (found.Code, null);
        var expected = ApiProblems.Text(http, "Expected_language", string.Join(", ", languages.All.Select(l => l.Code)));
        return (null, ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "BadParameter", "language", expected));
    }

    private static DateTimeOffset Bound(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string Cursor(PostSummary last) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{last.PublishedUtc.UtcTicks.ToString(CultureInfo.InvariantCulture)}.{last.Id.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryReadCursor(string text, out PostCursor? cursor)
    {
        cursor = null;
        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(text)).Split('.');
            if (parts.Length != 2 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var id)
                || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks) return false;
            cursor = new PostCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
