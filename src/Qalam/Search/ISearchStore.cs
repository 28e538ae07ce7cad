using Qalam.Data;

namespace Qalam.Search;

/// <summary>Term statistics for ranking, as Qalam keeps them: documents indexed, their average weighted length, and each term's document frequency.</summary>
public sealed record SearchStatistics(long Documents, double AverageLength, IReadOnlyDictionary<string, long> DocumentFrequency);

/// <summary>One page of ranked post ids and how many posts matched in all.</summary>
public sealed record RankedPage(IReadOnlyList<(int PostId, double Score)> Hits, int Total);

/// <summary>
/// The database-specific part of search: storing analysed documents and Qalam's term statistics, matching a plan,
/// and evaluating <see cref="SearchRanking"/> in the database. SQLite (FTS5) ships now; PostgreSQL comes with its part.
/// Writes join the caller's transaction on the context's connection, so the index commits with the post.
/// </summary>
public interface ISearchStore
{
    Task WriteAsync(QalamDb db, SearchDocument document, CancellationToken ct);
    Task RemoveAsync(QalamDb db, int postId, CancellationToken ct);
    Task ClearAsync(QalamDb db, CancellationToken ct);
    Task<IReadOnlyList<string>> ListTagNamesAsync(QalamDb db, int postId, CancellationToken ct);
    Task<SearchStatistics> ReadStatisticsAsync(QalamDb db, IReadOnlyCollection<string> terms, CancellationToken ct);
    Task<RankedPage> RankAsync(QalamDb db, SearchPlan plan, SearchStatistics statistics, CancellationToken ct);
    /// <summary>Indexed words (normalised, unstemmed) of a length in the range, for suggestions.</summary>
    Task<IReadOnlyList<string>> ListWordsAsync(QalamDb db, int minLength, int maxLength, CancellationToken ct);
}
