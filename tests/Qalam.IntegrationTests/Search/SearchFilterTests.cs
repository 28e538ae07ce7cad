using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>Filters narrow the results; they travel in the query string so the form works without JavaScript.</summary>
public sealed class SearchFilterTests(SearchSite site) : IClassFixture<SearchSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    [Theory]
    [InlineData("المؤسسة", "&author=nour", "teachers-guide,report-2025")]
    [InlineData("المؤسسة", "&category=reports", "teachers-guide,report-2025")]
    [InlineData("برنامج", "&category=news", "sabha-training")]                 // a category includes its sub-categories
    [InlineData("المعلمين", "&tag=التعليم", "teachers-guide")]
    [InlineData("المعلمين", "&tag=%23التعليم", "teachers-guide")]             // typed as a hashtag
    [InlineData("بيانات", "&kind=statement", "statements/2026/1")]      // a numbered statement links to its official address
    [InlineData("بيانات", "&kind=news", "")]
    // An English result links to its English address.
    [InlineData("digital", "&lang=en", "en/digital-rights")]
    [InlineData("digital", "&lang=ar", "")]
    [InlineData("المؤسسة", "&from=2026-10-12&to=2026-10-25", "libyan-institutions,school-network")]
    [InlineData("المؤسسة", "&from=٢٠٢٦-١٠-١٢&to=2026-10-25", "libyan-institutions,school-network")]
    [InlineData("المؤسسة", "&author=nobody-here", "")]
    public async Task Filter_narrows_the_results(string query, string filter, string expected)
    {
        var doc = await _client.SearchAsync(query, filter);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), doc.ResultSlugs().Order());
    }

    [Theory]
    [InlineData("/en/search?q=digital&lang=ar", "")]
    [InlineData("/en/search?q=digital&lang=en", "en/digital-rights")]
    [InlineData("/search?q=digital&lang=en", "en/digital-rights")]
    public async Task The_language_filter_holds_under_any_address_prefix(string address, string expected)
    {
        // The address's language frames the page; the reader's filter, not the prefix, says which posts are searched.
        var doc = await _client.GetDocumentAsync(address);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), doc.ResultSlugs());
    }

    [Fact]
    public async Task Chosen_filters_stay_selected_and_the_filters_stay_open()
    {
        var doc = await _client.SearchAsync("المؤسسة", "&author=nour&kind=news&lang=ar&from=2026-01-01");
        Assert.Equal("nour", doc.QuerySelector("#search-author option[selected]")!.GetAttribute("value"));
        Assert.Equal("news", doc.QuerySelector("#search-kind option[selected]")!.GetAttribute("value"));
        Assert.Equal("ar", doc.QuerySelector("#search-lang option[selected]")!.GetAttribute("value"));
        Assert.Equal("2026-01-01", doc.QuerySelector("#search-from")!.GetAttribute("value"));
        Assert.True(doc.QuerySelector("details.search-filters")!.HasAttribute("open"));
        Assert.Equal(["نور الهدى"], doc.QuerySelectorAll("#search-author option[selected]").Select(o => o.TextContent));
    }

    [Fact]
    public async Task A_bad_date_is_reported_in_arabic_and_ignored()
    {
        var doc = await _client.SearchAsync("المؤسسة", "&from=31-12-2026");
        Assert.Contains("التاريخ «31-12-2026» غير صحيح", doc.QuerySelector(".search-error")!.TextContent);
        // Every post with «المؤسسة», «للمؤسسة», «لمؤسسة» or «المؤسسات»: the date filter is dropped.
        Assert.Equal(18, int.Parse(doc.Count().Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
