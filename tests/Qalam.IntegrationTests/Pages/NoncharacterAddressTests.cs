using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>
/// Found by fuzzing the search analyser and the slugs (fuzz/run.sh analyser): U+FFFE, which UTF-8 decoding keeps,
/// made .NET's Unicode normalisation throw, so a reader's address or query carrying it failed with 500.
/// </summary>
/// <remarks>Every check only reads, so the class shares one demo site.</remarks>
public sealed class NoncharacterAddressTests(DemoSite site) : IClassFixture<DemoSite>
{
    private readonly QalamFactory _factory = site.Factory;

    [Theory]
    [InlineData("/%EF%BF%BE")]
    [InlineData("/tag/%EF%BF%BE%D9%84%D9%8A%D8%A8%D9%8A%D8%A7")]
    [InlineData("/author/%EF%BF%BE")]
    public async Task An_address_carrying_FFFE_gets_the_not_found_page(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("الصفحة غير موجودة", (await response.ReadDocumentAsync()).QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_search_carrying_FFFE_is_answered_like_the_same_search_without_it()
    {
        var client = _factory.CreateClient();
        var plain = await client.GetAsync("/search?q=%D9%84%D9%8A%D8%A8%D9%8A%D8%A7");
        var odd = await client.GetAsync("/search?q=%D9%84%D9%8A%D8%A8%D9%8A%D8%A7%EF%BF%BE");

        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
        var expected = (await plain.ReadDocumentAsync()).QuerySelectorAll(".result-list h3 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await odd.ReadDocumentAsync()).QuerySelectorAll(".result-list h3 a").Select(a => a.TextContent.Trim()));
    }
}
