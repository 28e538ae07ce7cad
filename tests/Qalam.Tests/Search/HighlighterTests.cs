using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class HighlighterTests
{
    private static HashSet<string> Terms(string query) => SearchAnalyzer.Terms(query).ToHashSet();

    [Theory]
    [InlineData("بَيَانٌ بِشَأْنِ حِمَايَةِ البَيَانَاتِ", "البيانات", "<mark>بَيَانٌ</mark> بِشَأْنِ حِمَايَةِ <mark>البَيَانَاتِ</mark>")]
    [InlineData("الإجتماع السنوي", "اجتماع", "<mark>الإجتماع</mark> السنوي")]
    [InlineData("Networks & <groups>", "network", "<mark>Networks</mark> &amp; &lt;groups&gt;")]
    [InlineData("تقرير عام ٢٠٢٥", "2025", "تقرير عام <mark>٢٠٢٥</mark>")]
    public void Mark_wraps_the_words_as_written(string text, string query, string html) =>
        Assert.Equal(html, Highlighter.Mark(text, Terms(query)));

    [Theory]
    [InlineData("بنّاء", "حوار <mark>بنّاء</mark> عن بناء المقر")]
    [InlineData("بناء", "حوار <mark>بنّاء</mark> عن <mark>بناء</mark> المقر")]
    public void A_shadda_typed_marks_only_the_word_written_with_one(string query, string html) =>
        Assert.Equal(html, Highlighter.Mark("حوار بنّاء عن بناء المقر", SearchAnalyzer.QueryTerms(query).ToHashSet()));

    [Fact]
    public void Snippet_centres_on_the_matches_and_cuts_at_spaces()
    {
        var text = string.Join(' ', Enumerable.Repeat("كلمة", 100)) + " عن حماية البيانات " + string.Join(' ', Enumerable.Repeat("نص", 100));
        var snippet = Highlighter.Snippet(text, Terms("حماية البيانات"), maxChars: 120);
        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.Contains("<mark>حماية</mark> <mark>البيانات</mark>", snippet);
        Assert.DoesNotContain("كلم ", snippet + " ");
    }

    [Fact]
    public void Snippet_without_matches_is_the_opening_of_the_text()
    {
        var text = string.Join(' ', Enumerable.Repeat("نص", 200));
        Assert.StartsWith("نص نص", Highlighter.Snippet(text, Terms("غائب"), maxChars: 50));
    }
}
