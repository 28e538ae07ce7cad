using Qalam.Content;

namespace Qalam.Search;

/// <summary>What a reader asked for, as the search page's GET form sends it: <see cref="Language"/> is the language filter
/// (a site language's code, checked by the caller, or <see cref="AllLanguages"/>); without one, <see cref="Preferred"/>
/// (the reader's language) is searched and the other languages' matches are only counted.</summary>
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
    int Page = 1,
    string? Preferred = null)
{
    /// <summary>The <see cref="Language"/> that searches every language alike (an empty one searches <see cref="Preferred"/> first).</summary>
    public const string AllLanguages = "all";
}

/// <summary>One result: the post, its title and a snippet of its text with the matched words in &lt;mark&gt; (HTML, encoded).</summary>
public sealed record SearchHit(PostSummary Post, string TitleHtml, string SnippetHtml);

/// <summary>A page of results, how many matched in all, and a suggested query when nothing matched.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize, string? Suggestion)
{
    /// <summary>When nothing matched: the first results of <see cref="Suggestion"/>, shown after the (absent) exact matches.</summary>
    public IReadOnlyList<SearchHit> Corrected { get; init; } = [];

    /// <summary>How many posts matched in each other language (by code) when the reader's language was searched first.</summary>
    public IReadOnlyDictionary<string, int> Elsewhere { get; init; } = new Dictionary<string, int>();

    /// <summary>The reader's language when nothing matched in it, so these are the other languages' results (counted in <see cref="Elsewhere"/>).</summary>
    public string? InsteadOf { get; init; }

    public static readonly SearchResults None = new([], 0, 1, 10, null);
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
