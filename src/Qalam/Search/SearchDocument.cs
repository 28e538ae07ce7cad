using Qalam.Content;

namespace Qalam.Search;

/// <summary>
/// A post as the index stores it: each term's weighted frequency (for Qalam's BM25) and positions (for phrases), each
/// pair of adjacent terms (so a two-word phrase is one look-up), the weighted length, the exact forms (for exact mode)
/// and the normalised words (for suggestions).
/// </summary>
public sealed record SearchDocument(
    IndexedPost Post,
    string ExactTerms,
    IReadOnlyDictionary<string, double> Frequencies,
    IReadOnlyDictionary<string, List<int>> Positions,
    IReadOnlyDictionary<string, int> Pairs,
    double Length,
    IReadOnlyList<string> Words)
{
    /// <summary>Positions skipped between the title, each tag and the body, so a phrase never spans two of them.</summary>
    public const int FieldGap = 8;

    public long PublishedSeconds => Post.PublishedUtc.ToUnixTimeSeconds();

    /// <summary>The index key of two adjacent terms; terms never hold a space, so it cannot be taken for a term.</summary>
    public static string Pair(string first, string second) => first + " " + second;

    /// <summary>Every key this document is indexed under: its terms and its pairs.</summary>
    public IEnumerable<string> Keys => Frequencies.Keys.Concat(Pairs.Keys);

    public static SearchDocument From(IndexedPost post)
    {
        var body = HtmlText.FromHtml(post.BodyHtml);
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var wordList = new List<string>();
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        double length = 0;
        void Add(string text, double weight)
        {
            var any = false;
            string? previous = null;
            foreach (var token in SearchAnalyzer.Tokens(text))
            {
                if (previous is not null)
                {
                    var pair = Pair(previous, token.Term);
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                }
                previous = token.Term;
                frequencies[token.Term] = frequencies.GetValueOrDefault(token.Term) + weight;
                if (!positions.TryGetValue(token.Term, out var list)) positions[token.Term] = list = [];
                list.Add(next);
                if (token.Shadda)
                {
                    // Also under its marked key, at the same position, for a reader who types the shadda.
                    frequencies[token.MarkedTerm] = frequencies.GetValueOrDefault(token.MarkedTerm) + weight;
                    if (!positions.TryGetValue(token.MarkedTerm, out var marked)) positions[token.MarkedTerm] = marked = [];
                    marked.Add(next);
                }
                next++;
                length += weight;
                if (words.Add(token.Word)) wordList.Add(token.Word);
                any = true;
            }
            if (any) next += FieldGap;
        }
        Add(post.Title, SearchRanking.TitleWeight);
        // In one order whatever order the database lists them in, so an analysis made ahead (SearchIndexer.Ahead) matches.
        foreach (var tag in post.Tags.Order(StringComparer.Ordinal)) Add(tag, SearchRanking.TagWeight);
        Add(body, 1);

        var exact = string.Join(' ', SearchAnalyzer.Terms($"{post.Title} {string.Join(" ; ", post.Tags)} {body}", exact: true));
        return new SearchDocument(post, exact, frequencies, positions, pairs, length, wordList);
    }
}
