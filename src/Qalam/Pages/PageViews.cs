using System.Text.Json;
using System.Text.Encodings.Web;
using Qalam.Content;

namespace Qalam.Pages;

public sealed record PostListView(PageOf<PostSummary> Posts, string BasePath, bool FullText, string Language = "ar");

/// <summary>
/// One post in any list (home, archives, search): <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are search's
/// marked, already encoded title and passage; other lists show the stored teaser, or the whole text.
/// </summary>
public sealed record PostSummaryView(PostSummary Post, int HeadingLevel = 2, string? TitleHtml = null, string? SnippetHtml = null,
    int? Comments = null, bool FullText = false);

public sealed record PagerView(string BasePath, int Current, int TotalPages, string Language);

public sealed record MenuLink(string Label, string Url);

public static class MenuLinks
{
    /// <summary>Lines of "label|url"; lines without a safe URL are left out.</summary>
    public static IReadOnlyList<MenuLink> Parse(string? lines) =>
        (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('|', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && IsSafe(p[1]))
            .Select(p => new MenuLink(p[0], p[1]))
            .ToList();

    private static bool IsSafe(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}

public static class StructuredDataJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Escapes <, > and & so the JSON cannot close its script element.
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object data) => JsonSerializer.Serialize(data, data.GetType(), Options);
}
