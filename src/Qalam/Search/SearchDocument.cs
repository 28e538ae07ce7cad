using Qalam.Content;

namespace Qalam.Search;

/// <summary>
/// A post as the index stores it: each term's weighted frequency (for Qalam's BM25) and positions (for phrases), the
/// weighted length, the exact forms (for exact mode) and the normalised words (for suggestions).
/// </summary>
public sealed record SearchDocument(
    IndexedPost Post,
    string ExactTerms,
    IReadOnlyDictionary<string, double> Frequencies,
    IReadOnlyDictionary<string, List<int>> Positions,
    double Length,
    IReadOnlyList<string> Words)
{
    /// <summary>Positions skipped between the title, each tag and the body, so a phrase never spans two of them.</summary>
    public const int FieldGap = 8;

    public long PublishedSeconds => Post.PublishedUtc.ToUnixTimeSeconds();

    public static SearchDocument From(IndexedPost post)
    {
        var body = HtmlText.FromHtml(post.BodyHtml);
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var wordList = new List<string>();
        var next = 0;
        double length = 0;
        void Add(string text, double weight)
        {
            var any = false;
            foreach (var token in SearchAnalyzer.Tokens(text))
            {
                frequencies[token.Term] = frequencies.GetValueOrDefault(token.Term) + weight;
                if (!positions.TryGetValue(token.Term, out var list)) positions[token.Term] = list = [];
                list.Add(next++);
                length += weight;
                if (words.Add(token.Word)) wordList.Add(token.Word);
                any = true;
            }
            if (any) next += FieldGap;
        }
        Add(post.Title, SearchRanking.TitleWeight);
        foreach (var tag in post.Tags) Add(tag, SearchRanking.TagWeight);
        Add(body, 1);

        var exact = string.Join(' ', SearchAnalyzer.Terms($"{post.Title} {string.Join(" ; ", post.Tags)} {body}", exact: true));
        return new SearchDocument(post, exact, frequencies, positions, length, wordList);
    }
}
