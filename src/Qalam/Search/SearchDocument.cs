using Qalam.Content;

namespace Qalam.Search;

/// <summary>
/// A post as the index stores it: analysed text per field (for phrases), weighted term frequencies and length
/// (for Qalam's BM25), the exact forms (for exact mode) and the normalised words (for suggestions).
/// </summary>
public sealed record SearchDocument(
    IndexedPost Post,
    string TitleTerms,
    string TagTerms,
    string BodyTerms,
    string ExactTerms,
    IReadOnlyDictionary<string, double> Frequencies,
    double Length,
    IReadOnlyList<string> Words)
{
    public long PublishedSeconds => Post.PublishedUtc.ToUnixTimeSeconds();

    public static SearchDocument From(IndexedPost post)
    {
        var body = HtmlText.FromHtml(post.BodyHtml);
        var tags = string.Join(" ; ", post.Tags);
        var title = SearchAnalyzer.Tokens(post.Title).ToList();
        var tagTokens = SearchAnalyzer.Tokens(tags).ToList();
        var bodyTokens = SearchAnalyzer.Tokens(body).ToList();

        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        void Count(List<SearchToken> tokens, double weight)
        {
            foreach (var t in tokens) frequencies[t.Term] = frequencies.GetValueOrDefault(t.Term) + weight;
        }
        Count(title, SearchRanking.TitleWeight);
        Count(tagTokens, SearchRanking.TagWeight);
        Count(bodyTokens, 1);
        var length = title.Count * SearchRanking.TitleWeight + tagTokens.Count * SearchRanking.TagWeight + bodyTokens.Count;

        var exact = string.Join(' ', SearchAnalyzer.Terms($"{post.Title} {tags} {body}", exact: true));
        var words = title.Concat(tagTokens).Concat(bodyTokens).Select(t => t.Word).Distinct(StringComparer.Ordinal).ToList();
        return new SearchDocument(post, Join(title), Join(tagTokens), Join(bodyTokens), exact, frequencies, length, words);
    }

    private static string Join(List<SearchToken> tokens) => string.Join(' ', tokens.Select(t => t.Term));
}
