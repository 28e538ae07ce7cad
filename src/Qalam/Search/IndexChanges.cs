namespace Qalam.Search;

/// <summary>
/// What one index write does, gathered before either store writes it in its own SQL: each term's postings removed and
/// added (applied term by term, each rewriting only the blocks it touches), and the counts it adds to or takes from
/// the statistics, summed over its documents so each term and word is written once a write rather than once a
/// document (most of a batch's documents share most of their words).
/// </summary>
public sealed class IndexChanges
{
    /// <summary>Per term, in ordinal order: the posts taken out and the postings put in.</summary>
    public SortedDictionary<string, (HashSet<int> Removed, List<Posting> Added)> Blocks { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> TermCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> WordCounts { get; } = new(StringComparer.Ordinal);
    public int Documents { get; private set; }
    public double Length { get; private set; }

    public (HashSet<int> Removed, List<Posting> Added) For(string term)
    {
        if (!Blocks.TryGetValue(term, out var change)) Blocks[term] = change = ([], []);
        return change;
    }

    /// <param name="sign">1 for a document indexed, -1 for one taken out.</param>
    public void Count(IEnumerable<string> terms, IEnumerable<string> words, double length, int sign)
    {
        foreach (var term in terms) TermCounts[term] = TermCounts.GetValueOrDefault(term) + sign;
        foreach (var word in words) WordCounts[word] = WordCounts.GetValueOrDefault(word) + sign;
        Documents += sign;
        Length += sign * length;
    }

    public bool CountsChange => Documents != 0 || TermCounts.Count > 0;

    /// <summary>Counts that fall to zero (a document taken out) leave the tables, so suggestions never offer a word no post has.</summary>
    public bool Empties => TermCounts.Values.Any(v => v < 0) || WordCounts.Values.Any(v => v < 0);
}
