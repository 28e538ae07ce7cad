using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class ArabicStemmerTests
{
    [Theory]
    [InlineData("المؤسسة", "موسس")]       // article + taa marbuta
    [InlineData("والمؤسسة", "موسس")]      // wa + article
    [InlineData("بالتدريب", "تدريب")]
    [InlineData("كالبرنامج", "برنامج")]
    [InlineData("فالمشروع", "مشروع")]
    [InlineData("للتدريب", "تدريب")]
    [InlineData("وتدريب", "تدريب")]
    [InlineData("الاجتماع", "اجتماع")]
    public void Stem_removes_the_article_and_attached_prefixes(string word, string stem) =>
        Assert.Equal(stem, ArabicStemmer.Stem(ArabicText.Normalize(word)));

    [Theory]
    [InlineData("مؤسسات", "موسس")]        // ات
    [InlineData("المعلمون", "معلم")]      // ون
    [InlineData("المعلمين", "معلم")]      // ين
    [InlineData("كتابها", "كتاب")]        // ها
    [InlineData("الرقمية", "رقم")]        // ية
    [InlineData("الرقمي", "رقم")]         // ي
    [InlineData("كتابه", "كتاب")]         // ه
    [InlineData("مهارة", "مهار")]          // ة
    [InlineData("معلوماتها", "معلوم")]    // two suffixes in turn
    [InlineData("موظفان", "موظف")]        // ان
    public void Stem_removes_common_suffixes(string word, string stem) =>
        Assert.Equal(stem, ArabicStemmer.Stem(ArabicText.Normalize(word)));

    [Theory]
    [InlineData("بيان", "بيان")]          // not «بي»: «بيان» and «بيانات» must meet
    [InlineData("بيانات", "بيان")]
    [InlineData("سبها", "سبها")]          // a city, not «سب» + «ها»
    [InlineData("سنة", "سنه")]
    [InlineData("وطن", "وطن")]            // a waw that belongs to the word stays when too little would be left
    [InlineData("علم", "علم")]
    [InlineData("ليبيا", "ليبيا")]
    public void Stem_never_leaves_fewer_than_three_letters(string word, string stem) =>
        Assert.Equal(stem, ArabicStemmer.Stem(ArabicText.Normalize(word)));
}
