using AngleSharp.Dom;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>A reader mistypes a word: «هل تقصد» names the correction and the corrected word's results follow; a word
/// that is in the index is never corrected.</summary>
public sealed class TypoCorrectionTests(SearchSite site) : IClassFixture<SearchSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    private static IReadOnlyList<string> CorrectedSlugs(IDocument doc) =>
        doc.QuerySelectorAll(".corrected-results h3 a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!.TrimStart('/'))).ToList();

    [Theory]
    [InlineData("سبهى", "سبها", "sabha-training")]                    // ى typed for alef
    [InlineData("التدربي", "التدريب", "sabha-training,libyan-institutions")] // two letters swapped («لتدريب» is the same word)
    [InlineData("السيبرني", "السيبراني", "security-tips")]            // a letter missing
    [InlineData("بالإنتررنت", "بالانترنت", "school-network")]         // a letter doubled
    [InlineData("محفوضة", "محفوظه", "statements/2026/1")]            // ض for ظ
    [InlineData("Wahha", "waha", "en/digital-rights")]                // a Latin name mistyped (English results at /en/)
    [InlineData("newsroosm", "newsrooms", "en/open-source")]          // swapped in English
    public async Task A_mistyped_word_shows_the_correction_and_its_results(string typed, string correction, string slug)
    {
        var doc = await _client.SearchAsync(typed);

        Assert.Equal("عدد النتائج: 0", doc.Count());
        Assert.Empty(doc.ResultSlugs());
        Assert.Equal(correction, doc.QuerySelector(".suggestion a")!.TextContent);
        Assert.Contains("هل تقصد", doc.QuerySelector(".suggestion")!.TextContent);
        Assert.Equal(slug.Split(','), CorrectedSlugs(doc));
    }

    [Theory]
    [InlineData("سبها", "sabha-training")]
    [InlineData("التدريب", "sabha-training,libyan-institutions")] // «للتدريب» is one letter away, but this is a word too
    [InlineData("network", "en/digital-rights")]
    [InlineData("محفوظة", "statements/2026/1")]
    [InlineData("محفوظه", "statements/2026/1")]                 // «ه» typed for «ة»: both readings are searched
    public async Task A_word_in_the_index_is_never_corrected(string q, string expected)
    {
        var doc = await _client.SearchAsync(q);

        Assert.Null(doc.QuerySelector(".suggestion"));
        Assert.Empty(CorrectedSlugs(doc));
        Assert.Equal(expected.Split(',').Order(), doc.ResultSlugs().Order());
    }

    [Theory]
    [InlineData("زززززز")]       // nothing near
    [InlineData("ميزانيه")]      // only a draft and a private post hold «ميزانية»: no correction leads to them
    public async Task A_word_with_nothing_near_is_not_corrected(string q)
    {
        var doc = await _client.SearchAsync(q);

        Assert.Null(doc.QuerySelector(".suggestion"));
        Assert.Empty(CorrectedSlugs(doc));
    }
}
