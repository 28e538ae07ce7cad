using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>A reader types a word the way they would say it and finds the posts that contain it, however they were written.</summary>
public sealed class SearchMatchingTests(SearchSite site) : IClassFixture<SearchSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    [Theory]
    [InlineData("الاجتماع", "annual-meeting")]                               // the title has «الإجتماع»: alef with hamza below
    [InlineData("اجتماع", "annual-meeting")]                                 // without the article
    [InlineData("بيان", "statements/2026/1")]                                   // the title has «بَيَانٌ»: tashkeel
    [InlineData("حماية البيانات", "statements/2026/1")]                         // article and plural against «بَيَانَاتِ» with tashkeel
    [InlineData("مسوولية الموتمر", "responsibility")]                        // hamza carriers typed bare
    [InlineData("مدرسه", "school-network")]                                  // taa marbuta typed as heh
    [InlineData("للمعلمين", "teachers-guide,sabha-training")]                // attached prefix and plural; the title match ranks first
    [InlineData("معلم", "teachers-guide,sabha-training")]                    // the singular finds «للمعلمين», «المعلّمين» and «المعلمين»
    [InlineData("2025", "report-2025")]                                      // Western digits find «٢٠٢٥»
    [InlineData("۲۰۲۵", "report-2025")]                                      // and so do Persian ones
    [InlineData("Networks", "en/digital-rights")]                            // English stemming and case (at its English address)
    [InlineData("ليبيا الرقمية", "sabha-training")]                         // the words of a hashtag find #ليبيا_الرقمية
    [InlineData("#الأمن_السيبراني", "security-tips")]                        // and a hashtag finds the words
    [InlineData("الأمن الرقمي", "security-tips,sabha-training")]             // all words must match, in any order
    [InlineData("\"digital rights\"", "en/digital-rights")]                  // an English phrase
    [InlineData("\"الأمن الرقمي\"", "security-tips,sabha-training")]         // an Arabic phrase: «والأمن الرقمي» and «الأمن الرقمي»
    [InlineData("\"الرقمي الأمن\"", "")]                                    // the same words in another order are not the phrase
    [InlineData("الأمن -سبها", "security-tips")]                             // -word leaves out the post about Sabha
    public async Task Query_finds_the_expected_posts_with_the_expected_first(string query, string expected)
    {
        var doc = await _client.SearchAsync(query);
        var slugs = doc.ResultSlugs();
        var wanted = expected.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(wanted.Order(), slugs.Order());
        if (wanted.Length > 0) Assert.Equal(wanted[0], slugs[0]);
        Assert.Equal($"عدد النتائج: {wanted.Length}", doc.Count());
    }

    [Theory]
    [InlineData("الإجتماع", "annual-meeting")]   // exactly as the title writes it
    [InlineData("الاجتماع", "")]                  // no folding: «الاجتماع» is not written anywhere
    [InlineData("المؤسسات", "libyan-institutions")]
    [InlineData("مؤسسة", "")]                     // no stemming: only «المؤسسة», «المؤسسات», «لمؤسسة» are written
    public async Task Exact_mode_skips_stemming_and_folding(string query, string expected)
    {
        var doc = await _client.SearchAsync(query, "&exact=true");
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), doc.ResultSlugs());
        Assert.NotNull(doc.QuerySelector("#search-exact[checked]"));
    }

    [Fact]
    public async Task Words_too_common_to_search_get_an_explanation()
    {
        var doc = await _client.SearchAsync("في من");
        Assert.Empty(doc.ResultSlugs());
        Assert.Contains("شائعة جدًا", doc.QuerySelector(".search-results")!.TextContent);
    }

    [Fact]
    public async Task Newer_posts_rank_first_when_the_text_is_as_relevant()
    {
        var doc = await _client.SearchAsync("النشرة الشهرية");
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"newsletter-{i}"), doc.ResultSlugs());
    }
}
