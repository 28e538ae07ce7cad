using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("الأمن الرقمي", "الأمن|الرقمي", "", "")]
    [InlineData("\"الأمن الرقمي\" ليبيا", "ليبيا", "الأمن الرقمي", "")]
    [InlineData("«بناء القدرات»", "", "بناء القدرات", "")]
    [InlineData("“digital rights” network", "network", "digital rights", "")]
    [InlineData("المؤسسة -سبها -\"الأمن الرقمي\"", "المؤسسة", "", "سبها|الأمن الرقمي")]
    [InlineData("\"عبارة بلا إغلاق", "", "عبارة بلا إغلاق", "")]
    [InlineData("non-profit - x", "non-profit|-|x", "", "")]
    [InlineData("   ", "", "", "")]
    public void Parse_splits_words_phrases_and_exclusions(string text, string words, string phrases, string excluded)
    {
        var q = SearchQuery.Parse(text);
        Assert.Equal(Split(words), q.Words);
        Assert.Equal(Split(phrases), q.Phrases);
        Assert.Equal(Split(excluded), q.Excluded);
    }

    [Fact]
    public void Plan_analyses_every_part_and_leaves_out_stop_words()
    {
        var plan = SearchPlan.Create(SearchQuery.Parse("المؤسسات في \"الأمن الرقمي\" -سبها"), false, new SearchFilters(), DateTimeOffset.UnixEpoch, 0, 10);
        Assert.Equal(["موسسه", "امن", "رقم"], plan.Terms);
        Assert.Equal(["امن", "رقم"], Assert.Single(plan.Phrases));
        Assert.Equal(["سبها"], Assert.Single(plan.Excluded));
    }

    [Fact]
    public void Exact_plan_keeps_every_word_as_written()
    {
        var plan = SearchPlan.Create(SearchQuery.Parse("الإجتماع المؤسسة"), true, new SearchFilters(), DateTimeOffset.UnixEpoch, 0, 10);
        Assert.Equal([["الإجتماع"], ["المؤسسة"]], plan.Phrases.Select(p => p.ToArray()));
        Assert.Equal(["اجتماع", "موسسه"], plan.Terms);
    }

    private static string[] Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
