namespace Qalam.Search;

/// <summary>
/// Qalam's own ranking, the same whatever the database: BM25 over weighted term frequencies (a word in the title counts
/// three times, in a tag twice), from term statistics Qalam keeps itself, times a gentle recency boost (at most 20%,
/// halving every year). Every backend evaluates exactly <see cref="Score"/>; the idf is computed here and passed in.
/// </summary>
public static class SearchRanking
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const double TitleWeight = 3;
    public const double TagWeight = 2;
    public const double RecencyWeight = 0.2;
    public const double RecencyHalfLifeSeconds = 365 * 86400.0;

    /// <summary>Inverse document frequency, never negative (Lucene's form): rare words weigh more.</summary>
    public static double Idf(long documents, long frequency) =>
        Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));

    /// <summary>One term's contribution for one document.</summary>
    public static double TermScore(double idf, double tf, double length, double averageLength) =>
        idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));

    public static double Recency(long nowSeconds, long publishedSeconds) =>
        1 + RecencyWeight * Math.Pow(0.5, (nowSeconds - publishedSeconds) / RecencyHalfLifeSeconds);

    /// <summary>The reference score: the sum of the terms' contributions times the recency boost.</summary>
    public static double Score(IEnumerable<(double Idf, double Tf)> terms, double length, double averageLength, long nowSeconds, long publishedSeconds) =>
        terms.Sum(t => TermScore(t.Idf, t.Tf, length, averageLength)) * Recency(nowSeconds, publishedSeconds);
}
