using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>A reader looks a demo statement up by its number, the ways people write it.</summary>
public sealed class StatementSearchTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string First = "بيان رقم (1) لعام 2026: بشأن حماية بيانات المتدربين";
    private const string Second = "بيان رقم (2) لعام 2026: حول رسائل الاحتيال المنسوبة للمؤسسة";
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    [Theory]
    [InlineData("بيان رقم 1", First)]
    [InlineData("البيان 2 لسنة 2026", Second)]
    [InlineData("بيان ٢", Second)]
    [InlineData("بيان 1 لعام 2026", First)]
    [InlineData("بيان رقم (2) لعام 2026", Second)]
    [InlineData("statement 2", Second)]
    public async Task A_statement_named_by_its_number_comes_first(string query, string expected)
    {
        var doc = await _client.SearchAsync(query);
        Assert.Equal(expected, doc.QuerySelector(".result-list h3 a")!.TextContent.Trim());
        Assert.NotEqual("عدد النتائج: 0", doc.Count());
    }

    [Fact]
    public async Task The_result_leads_to_the_statement_at_its_official_address()
    {
        var doc = await _client.SearchAsync("بيان رقم 1");
        var href = doc.QuerySelector(".result-list h3 a")!.GetAttribute("href")!;
        var response = await _client.GetAsync(href);
        var landed = response.StatusCode == HttpStatusCode.MovedPermanently ? response.Headers.Location!.OriginalString : href;
        Assert.Equal("/statements/2026/1", landed);
    }

    [Theory]
    [InlineData("بيان 1 لعام 2025", "")] // no statement 1 in 2025
    [InlineData("بيان 3", "")] // no statement 3 at all
    [InlineData("بيان 1", "&kind=news")] // the reader asked for news only
    public async Task A_number_that_names_no_statement_puts_none_first(string query, string filters)
    {
        var doc = await _client.SearchAsync(query, filters);
        Assert.DoesNotContain(doc.Texts(".result-list h3 a"), t => t.StartsWith("بيان رقم (", StringComparison.Ordinal));
    }
}
