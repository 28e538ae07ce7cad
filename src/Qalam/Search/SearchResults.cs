using Qalam.Content;

namespace Qalam.Search;

/// <summary>What a reader asked for, as the search page's GET form sends it.</summary>
public sealed record SearchRequest(
    string? Q,
    bool Exact = false,
    string? Author = null,
    string? Category = null,
    string? Tag = null,
    PostKind? Kind = null,
    string? Language = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1);

/// <summary>One result: the post, its title and a snippet of its text with the matched words in &lt;mark&gt; (HTML, encoded).</summary>
public sealed record SearchHit(PostSummary Post, string TitleHtml, string SnippetHtml);

/// <summary>A page of results, how many matched in all, and a suggested query when nothing matched.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize, string? Suggestion)
{
    /// <summary>When nothing matched: the first results of <see cref="Suggestion"/>, shown after the (absent) exact matches.</summary>
    public IReadOnlyList<SearchHit> Corrected { get; init; } = [];

    public static readonly SearchResults None = new([], 0, 1, 10, null);
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
