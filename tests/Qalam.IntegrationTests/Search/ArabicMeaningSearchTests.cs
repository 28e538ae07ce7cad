using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>
/// What an Arabic reader means, class by class: a word typed one way finds the posts that write it another way (must
/// match), and never a post that only shares its letters (must not match). Posts: <see cref="SearchCorpus"/>.
/// </summary>
public sealed class ArabicMeaningSearchTests(SearchSite site) : IClassFixture<SearchSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    [Theory]
    [InlineData("مسؤولين", "officials-affairs")]      // 1. «المسئولين»: the other seat
    [InlineData("مسئولية", "responsibility")]         // 1. «مسؤولية»
    [InlineData("شؤون", "officials-affairs")]         // 1. «شئون»
    [InlineData("رؤوس", "officials-affairs")]         // 1. «رءوس»
    [InlineData("تفائل", "officials-affairs")]        // 1. «وتفاءل»
    [InlineData("مسوولين", "officials-affairs")]      // 1. typed bare
    [InlineData("شركاء", "partners-thanks")]          // 2. «شركاءنا», «لشركائنا»
    [InlineData("شركاؤنا", "partners-thanks")]
    [InlineData("أبناء", "partners-thanks")]          // 2. «وأبنائهم», «بأبنائهم»
    [InlineData("أبناؤهم", "partners-thanks")]
    [InlineData("مشروع", "partners-thanks")]          // 2. «مشروعهم»
    [InlineData("المجتمع", "community-support")]      // 3. «للمجتمع», «وبالمجتمع», «فللمجتمع», «وكالمجتمع»
    [InlineData("مجتمع", "community-support")]
    [InlineData("ليبيا", "community-support")]        // 3. «ولليبيا»
    [InlineData("لليبيا", "sabha-training")]          // 3. and back: #ليبيا_الرقمية
    [InlineData("رسالة", "our-letter")]               // 4. «رسالتنا», «رسالتها»
    [InlineData("رسالته", "our-letter")]
    [InlineData("وطنية", "our-letter")]               // 4. «الوطنية», «ووطنيتها»
    [InlineData("الوطنية", "our-letter")]
    [InlineData("نقابة", "unions")]                   // 4. «النقابات» and «نقابة»
    [InlineData("نقابات", "unions")]
    [InlineData("نقاب", "veil-debate")]               // 5. each look-alike finds its own post
    [InlineData("جهة", "veil-debate")]
    [InlineData("وجهة", "unions")]
    [InlineData("محاكم", "unions")]
    [InlineData("الجامع", "unions")]
    [InlineData("بنّاء", "constructive-dialogue")]   // 5. a shadda typed is a shadda meant
    [InlineData("بناء", "new-building")]
    [InlineData("بناء", "constructive-dialogue")]    // 5. readers rarely type it: without one, the word however written
    public async Task Finds(string query, string slug) =>
        Assert.Contains(slug, (await _client.SearchAsync(query)).ResultSlugs());

    [Theory]
    [InlineData("رؤوس", "russian-delegation")]        // 1. «رءوس» is not «الروس»
    [InlineData("الروس", "officials-affairs")]
    [InlineData("شركة", "partners-thanks")]           // 2. «شركة» is not «شركاء»
    [InlineData("محكمة", "unions")]                   // 2. «كم» of «المحاكم» is no suffix
    [InlineData("لقاء", "community-support")]         // 3. «إلقاء» is not «ال» + «قاء», nor «لقاء»
    [InlineData("بال", "community-support")]          // 3. a clitic is not a word
    [InlineData("جامعة", "unions")]                   // 4. a taa marbuta is kept: «جامعة» is not «الجامع»
    [InlineData("رسال", "our-letter")]
    [InlineData("نقاب", "unions")]                    // 5. «النقابات» and «نقابة» are not «النقاب»
    [InlineData("نقابة", "veil-debate")]
    [InlineData("جهة", "unions")]                     // 5. «وجهة» is not «و» + «جهة»
    [InlineData("وجهة", "veil-debate")]
    [InlineData("بنّاء", "new-building")]            // 5. «بنّاء» is not «بناء»
    public async Task Does_not_find(string query, string slug)
    {
        var doc = await _client.SearchAsync(query);
        Assert.DoesNotContain(slug, doc.ResultSlugs());
        Assert.NotEmpty(doc.Count());
    }

    [Theory]
    [InlineData("\"رؤوس أموال\"", "officials-affairs")]   // 8. a phrase without the article and with the other hamza seat
    [InlineData("\"شركاء التنمية\"", "partners-thanks")]  // 8. a hashtag's words
    [InlineData("#شركاء_التنمية", "partners-thanks")]
    [InlineData("\"المجتمع المدني\"", "community-support")] // 8. «وبالمجتمع المدني»
    public async Task Phrases_and_hashtags_find(string query, string slug) =>
        Assert.Equal([slug], (await _client.SearchAsync(query)).ResultSlugs());

    [Theory]
    [InlineData("\"أموال رؤوس\"")]                        // 8. not in that order
    [InlineData("\"التنمية شركاء\"")]
    public async Task Phrases_in_another_order_find_nothing(string query) =>
        Assert.Empty((await _client.SearchAsync(query)).ResultSlugs());

    [Theory]
    [InlineData("المسئولين", "officials-affairs")]         // 9. as written
    [InlineData("رِسَالَتُنَا", "our-letter")]               // 9. harakat ignored
    [InlineData("رسـالـتنا", "our-letter")]                 // 9. tatweel ignored
    [InlineData("شرکاءنا", "partners-thanks")]             // 9. Persian keheh is the same letter
    [InlineData("بنّاء", "constructive-dialogue")]         // 9. a shadda typed is still a different word
    public async Task Exact_mode_finds_the_word_as_written(string query, string slug)
    {
        var doc = await _client.SearchAsync(query, "&exact=true");
        Assert.Equal([slug], doc.ResultSlugs());
        Assert.StartsWith("مطابقة حرفية: تُتجاهل الحركات والتطويل", doc.QuerySelector(".search-exact-note")!.TextContent);
    }

    [Theory]
    [InlineData("المسؤولين")]      // 9. another hamza seat is another spelling
    [InlineData("رسالة")]          // 9. no stemming: «رسالتنا» is not «رسالة»
    [InlineData("أبناء")]
    [InlineData("وطنية")]
    public async Task Exact_mode_never_stems_or_respells(string query)
    {
        var doc = await _client.SearchAsync(query, "&exact=true");
        Assert.Empty(doc.ResultSlugs());
        Assert.NotNull(doc.QuerySelector(".search-exact-note"));
        Assert.NotEmpty((await _client.SearchAsync(query)).ResultSlugs());
    }
}
