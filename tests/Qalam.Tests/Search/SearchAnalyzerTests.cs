using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class SearchAnalyzerTests
{
    [Theory]
    [InlineData("#ليبيا_الرقمية", "ليبيا الرقمية")]
    [InlineData("#الأمن_السيبراني", "الأمن السيبراني")]
    [InlineData("#بناء_القدرات", "بناءُ القُدُرات")]
    public void Hashtag_and_the_words_it_joins_give_the_same_terms(string hashtag, string words) =>
        Assert.Equal(SearchAnalyzer.Terms(words), SearchAnalyzer.Terms(hashtag));

    [Theory]
    [InlineData("الإجتماع", "الاجتماع")]
    [InlineData("بَيَان", "بيان")]
    [InlineData("مؤسسة", "المؤسسة")]
    [InlineData("المؤسسات", "مؤسسة")]
    [InlineData("للمعلمين", "المعلمون")]
    [InlineData("عام ٢٠٢٦", "عام 2026")]
    [InlineData("موسسة", "مؤسسة")]
    public void Different_spellings_of_a_word_give_the_same_terms(string a, string b) =>
        Assert.Equal(SearchAnalyzer.Terms(a), SearchAnalyzer.Terms(b));

    [Fact]
    public void A_word_written_with_a_shadda_is_indexed_both_plain_and_marked()
    {
        var doc = SearchDocument.From(new IndexedPost(1, "حوار بنّاء", "<p>بناء المقر</p>", [], 1, Qalam.Content.PostKind.News, "ar", DateTimeOffset.UnixEpoch));
        var plain = SearchAnalyzer.Terms("بناء").Single();
        var marked = SearchAnalyzer.QueryTerms("بنّاء").Single();
        Assert.NotEqual(plain, marked);
        Assert.Equal(doc.Positions[marked], doc.Positions[plain].Take(1));
        Assert.Equal(2, doc.Positions[plain].Count);
        Assert.Equal([plain], SearchAnalyzer.QueryTerms("بناء"));
        Assert.DoesNotContain(doc.Pairs.Keys, k => k.Contains(SearchAnalyzer.ShaddaMark, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Networks", "network")]
    [InlineData("networking", "network")]
    [InlineData("Digital rights", "digit right")]
    [InlineData("organisations", "organis")]
    [InlineData("trainings", "train")]
    public void English_words_get_the_snowball_stemmer(string text, string terms) =>
        Assert.Equal(terms.Split(' '), SearchAnalyzer.Terms(text));

    [Fact]
    public void Stop_words_are_left_out_in_both_languages() =>
        Assert.Equal(["تدريب", "سبها", "train", "tripoli"], SearchAnalyzer.Terms("التدريب في سبها، the training of Tripoli"));

    [Fact]
    public void Tokens_point_at_the_words_as_written()
    {
        const string text = "أطلقت المُؤسَّسةُ برنامجَ «مهارات».";
        var tokens = SearchAnalyzer.Tokens(text).ToList();
        Assert.Equal(["أطلقت", "المُؤسَّسةُ", "برنامجَ", "مهارات"], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal("موسسه", tokens[1].Term);
        Assert.Equal("الموسسه", tokens[1].Word);
    }

    [Fact]
    public void Exact_mode_keeps_letter_forms_and_skips_stemming()
    {
        Assert.Equal(["المؤسسة", "الإجتماع"], SearchAnalyzer.Terms("المُؤسَّسة الإجتماع", exact: true));
        Assert.NotEqual(SearchAnalyzer.Terms("مؤسسة", exact: true), SearchAnalyzer.Terms("المؤسسة", exact: true));
    }
}
