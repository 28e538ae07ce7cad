using Qalam.Search;

namespace Qalam.Tests.Search;

/// <summary>What an Arabic reader means: spellings of one word give the same terms; different words never do.</summary>
public sealed class ArabicMeaningTests
{
    [Theory]
    [InlineData("مسئول", "مسؤول")]              // 1. hamza seats written either way
    [InlineData("المسئولية", "مسؤولية")]
    [InlineData("رءوس", "رؤوس")]
    [InlineData("تفاءل", "تفائل")]
    [InlineData("شئون", "شؤون")]
    [InlineData("شركاء", "شركاؤنا")]            // 2. a hamza that changes seat before a suffix
    [InlineData("شركاء", "شركائهم")]
    [InlineData("أبناء", "أبناؤهم")]
    [InlineData("مشروع", "مشروعهم")]            // 2. possessive suffixes
    [InlineData("مشروع", "مشروعكم")]
    [InlineData("برنامج", "برنامجنا")]
    [InlineData("مجتمع", "وبالمجتمع")]          // 3. stacked clitics
    [InlineData("مجتمع", "فبالمجتمع")]
    [InlineData("مجتمع", "وللمجتمع")]
    [InlineData("مجتمع", "وكالمجتمع")]
    [InlineData("مجتمع", "فللمجتمع")]
    [InlineData("المجتمع", "للمجتمع")]
    [InlineData("ليبيا", "لليبيا")]
    [InlineData("رسالة", "رسالته")]              // 4. feminine and relative endings
    [InlineData("رسالة", "رسالتنا")]
    [InlineData("وطنية", "الوطنية")]
    [InlineData("وطنية", "ووطنيتها")]
    [InlineData("نقابة", "نقابات")]
    [InlineData("مدرسة", "مدرسه")]              // a taa marbuta typed as heh
    public void Spellings_of_one_word_give_the_same_terms(string a, string b) =>
        Assert.Equal(SearchAnalyzer.Terms(a), SearchAnalyzer.Terms(b));

    [Theory]
    [InlineData("نقاب", "نقابات")]              // 5. over-stemming: letters in common are not a word in common
    [InlineData("نقاب", "نقابة")]
    [InlineData("جهة", "وجهة")]
    [InlineData("محكمة", "محاكم")]
    [InlineData("ساهم", "مساهم")]
    [InlineData("لبن", "لبنان")]
    [InlineData("شركة", "شركاء")]
    [InlineData("سب", "سبها")]
    [InlineData("رسالة", "رسال")]
    public void Different_words_give_different_terms(string a, string b) =>
        Assert.NotEqual(SearchAnalyzer.Terms(a), SearchAnalyzer.Terms(b));
}
