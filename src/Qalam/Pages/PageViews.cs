using System.Text.Json;
using System.Text.Encodings.Web;
using Qalam.Content;

namespace Qalam.Pages;

/// <param name="Language">The pager's language; null for the request's.</param>
public sealed record PostListView(PageOf<PostSummary> Posts, string BasePath, bool FullText, string? Language = null, int HeadingLevel = 2);

/// <summary>
/// One post in any list (home, archives, search), as a card: <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are
/// search's marked, already encoded title and passage; other lists show the stored teaser, or the whole text.
/// <see cref="Lead"/> is the first card of a list: shown wide, its image loaded at once (it is above the fold).
/// </summary>
public sealed record PostSummaryView(PostSummary Post, int HeadingLevel = 2, string? TitleHtml = null, string? SnippetHtml = null,
    int? Comments = null, bool FullText = false, bool Lead = false)
{
    /// <summary>
    /// The leading card's picture fills the column; the others take half of it, or a third of a phone's width beside
    /// their title (see the cards in site.css).
    /// </summary>
    public string ImageSizes => Lead ? Media.ResponsiveImage.ArticleSizes : "(min-width: 46rem) 23rem, (min-width: 40rem) 45vw, 30vw";
}

/// <summary>What the share links under a post carry: its title and permanent address.</summary>
public sealed record ShareView(string Title, string Url);

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
