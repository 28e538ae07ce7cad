using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class ArabicStemmerTests
{
    private static string Stem(string word) => SearchAnalyzer.Terms(word).Single();

    [Theory]
    [InlineData("المؤسسة", "موسسه")]       // article; a feminine noun keeps its taa marbuta (as heh)
    [InlineData("والمؤسسة", "موسسه")]      // wa + article
    [InlineData("بالتدريب", "تدريب")]
    [InlineData("كالبرنامج", "برنامج")]
    [InlineData("فالمشروع", "مشروع")]
    [InlineData("للتدريب", "تدريب")]
    [InlineData("وتدريب", "تدريب")]
    [InlineData("الاجتماع", "اجتماع")]
    [InlineData("وبالتدريب", "تدريب")]     // stacked: wa + bi + article
    [InlineData("فللمجتمع", "مجتمع")]      // fa + li + article
    [InlineData("لليبيا", "ليبيا")]         // li before a word that begins with lam
    [InlineData("ولليبيا", "ليبيا")]
    [InlineData("بمؤسستنا", "موسسه")]       // bi, a possessive, and the taa marbuta opened to taa
    public void Stem_removes_the_article_and_attached_prefixes(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("مؤسسات", "موسسه")]        // ات back to the singular in ة
    [InlineData("نقابات", "نقابه")]
    [InlineData("بيانات", "بيان")]          // no «بيانة»: back to «بيان»
    [InlineData("المعلمون", "معلم")]      // ون
    [InlineData("المعلمين", "معلم")]      // ين
    [InlineData("كتابها", "كتاب")]        // ها
    [InlineData("الرقمية", "رقم")]        // ية
    [InlineData("الرقمي", "رقم")]         // ي
    [InlineData("رسالته", "رساله")]        // ته → ة
    [InlineData("رسالتنا", "رساله")]
    [InlineData("شركاؤنا", "شركاء")]      // the hamza changes seat before the suffix
    [InlineData("شركائهم", "شركاء")]
    [InlineData("أبناؤهم", "ابناء")]
    [InlineData("ووطنيتها", "وطن")]
    [InlineData("موظفان", "موظف")]        // ان
    public void Stem_removes_common_suffixes(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("بيان", "بيان")]          // not «بي»: «بيان» and «بيانات» must meet
    [InlineData("سبها", "سبها")]          // a city, not «سب» + «ها»
    [InlineData("سنة", "سنه")]
    [InlineData("وطن", "وطن")]            // a waw that belongs to the word stays
    [InlineData("وجهة", "وجهه")]          // and so does a known word's: «وجهة» is not «و» + «جهة»
    [InlineData("محاكم", "محاكم")]         // «كم» here is not «your»
    [InlineData("لبنان", "لبنان")]         // nor «ان» a dual
    [InlineData("نقاب", "نقاب")]
    [InlineData("علم", "علم")]
    [InlineData("ليبيا", "ليبيا")]
    public void Stem_keeps_letters_that_belong_to_the_word(string word, string stem) => Assert.Equal(stem, Stem(word));
}
