namespace Qalam.Search;

/// <summary>
/// Light stemming after Larkey's light10 (as in Lucene's ArabicStemFilter), on normalised text: at most one article or
/// attached prefix, then the common suffixes in order. Unlike light10, a stem is never left shorter than three letters,
/// so «بيان» stays «بيان» and still meets «بيانات».
/// </summary>
public static class ArabicStemmer
{
    public const int MinimumStem = 3;

    // Normalised forms: taa marbuta is already heh, so «ية» appears as «يه».
    private static readonly string[] Prefixes = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    public static string Stem(string word)
    {
        var span = word.AsSpan();
        foreach (var prefix in Prefixes)
        {
            if (span.Length - prefix.Length >= MinimumStem && span.StartsWith(prefix, StringComparison.Ordinal))
            {
                span = span[prefix.Length..];
                break;
            }
        }
        foreach (var suffix in Suffixes)
        {
            if (span.Length - suffix.Length >= MinimumStem && span.EndsWith(suffix, StringComparison.Ordinal))
            {
                span = span[..^suffix.Length];
            }
        }
        return span.Length == word.Length ? word : span.ToString();
    }
}
