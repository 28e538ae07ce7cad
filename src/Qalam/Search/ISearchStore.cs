using Qalam.Data;

namespace Qalam.Search;

/// <summary>Term statistics for ranking, as Qalam keeps them: documents indexed, their average weighted length, and each term's document frequency.</summary>
public sealed record SearchStatistics(long Documents, double AverageLength, IReadOnlyDictionary<string, long> DocumentFrequency);

/// <summary>A key whose postings a search reads, the part it needs, and its document frequency.</summary>
public sealed record PostingsWanted(string Key, PostingParts Parts, int Expected);

/// <summary>One page of ranked post ids and how many posts matched in all.</summary>
public sealed record RankedPage(IReadOnlyList<(int PostId, double Score)> Hits, int Total)
{
    /// <summary>With <see cref="SearchPlan.Preferred"/>: the posts that matched in each other language, by code (not ranked, not in <see cref="Total"/>).</summary>
    public IReadOnlyDictionary<string, int[]> Elsewhere { get; init; } = new Dictionary<string, int[]>();
}

/// <summary>
/// The database-specific part of search: storing analysed documents (their statistics and their terms' posting blocks),
/// reading a term's postings back, and exact-form matching. Matching and ranking are <see cref="SearchRanker"/>'s, in C#,
/// so every backend returns the same results in the same order. SQLite ships now; PostgreSQL comes with its part.
/// Writes join the caller's transaction on the context's connection, so the index commits with the post.
/// </summary>
public interface ISearchStore
{
    /// <summary>Indexes the documents, replacing whatever was indexed for the same posts.</summary>
    Task WriteAsync(QalamDb db, IReadOnlyList<SearchDocument> documents, CancellationToken ct);
    /// <summary>Takes the posts out of the index; posts that are not in it are ignored.</summary>
    Task RemoveAsync(QalamDb db, IReadOnlyCollection<int> postIds, CancellationToken ct);
    Task ClearAsync(QalamDb db, CancellationToken ct);
    Task<SearchStatistics> ReadStatisticsAsync(QalamDb db, IReadOnlyCollection<string> terms, CancellationToken ct);
    /// <summary>
    /// All postings of each key (a term or a pair), in post id order, with the part asked for and sized by its document
    /// frequency: a query's keys together, in one round trip where the database is another process.
    /// </summary>
    Task<IReadOnlyDictionary<string, TermPostings>> ReadPostingsAsync(QalamDb db, IReadOnlyList<PostingsWanted> keys, CancellationToken ct);
    /// <summary>The positions part of a term's blocks, by the blocks' first post id.</summary>
    Task<IReadOnlyDictionary<int, byte[]>> ReadPositionsAsync(QalamDb db, string term, IReadOnlyCollection<int> blockFirsts, CancellationToken ct);
    /// <summary>Posts whose exact (unstemmed, unfolded) text holds all (or any) of the phrases.</summary>
    Task<HashSet<int>> MatchExactAsync(QalamDb db, IReadOnlyList<IReadOnlyList<string>> phrases, bool all, CancellationToken ct);
    /// <summary>Indexed words (normalised, unstemmed) of a length in the range, for suggestions.</summary>
    Task<IReadOnlyList<string>> ListWordsAsync(QalamDb db, int minLength, int maxLength, CancellationToken ct);
    /// <summary>Notes which <see cref="SearchAnalyzer.Version"/> the index was built with; <see cref="ClearAsync"/> forgets it.</summary>
    Task WriteAnalyzerVersionAsync(QalamDb db, int version, CancellationToken ct);
    /// <summary>The analyser version noted, or 0 for an index built before versions were noted.</summary>
    Task<int> ReadAnalyzerVersionAsync(QalamDb db, CancellationToken ct);
    /// <summary>Indexed words (normalised, unstemmed) that start with the prefix, in the most posts first, for completions.</summary>
    Task<IReadOnlyList<string>> ListWordsStartingAsync(QalamDb db, string prefix, int take, CancellationToken ct);
}
