using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class SearchRankingTests
{
    private const long Now = 1_800_000_000;

    [Fact]
    public void Rarer_terms_weigh_more() => Assert.True(SearchRanking.Idf(1000, 5) > SearchRanking.Idf(1000, 500));

    [Fact]
    public void Idf_is_never_negative_even_for_a_word_in_every_document() => Assert.True(SearchRanking.Idf(1000, 1000) > 0);

    [Fact]
    public void A_word_in_the_title_outweighs_the_same_word_once_in_the_body()
    {
        var idf = SearchRanking.Idf(100, 10);
        Assert.True(SearchRanking.TermScore(idf, SearchRanking.TitleWeight, 100, 100) > SearchRanking.TermScore(idf, 1, 100, 100));
    }

    [Fact]
    public void Recency_boost_is_gentle_at_most_a_fifth_and_halves_each_year()
    {
        Assert.Equal(1.2, SearchRanking.Recency(Now, Now), 6);
        Assert.Equal(1.1, SearchRanking.Recency(Now, Now - (long)SearchRanking.RecencyHalfLifeSeconds), 6);
        Assert.InRange(SearchRanking.Recency(Now, Now - 20 * 365 * 86400L), 1.0, 1.001);
    }

    [Fact]
    public void Score_is_the_sum_of_term_scores_times_recency()
    {
        var terms = new[] { (SearchRanking.Idf(50, 3), 2.0), (SearchRanking.Idf(50, 20), 1.0) };
        var expected = (SearchRanking.TermScore(terms[0].Item1, 2, 80, 100) + SearchRanking.TermScore(terms[1].Item1, 1, 80, 100)) * SearchRanking.Recency(Now, Now - 86400);
        Assert.Equal(expected, SearchRanking.Score(terms, 80, 100, Now, Now - 86400), 9);
    }
}
