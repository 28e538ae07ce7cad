using System.Net;
using System.Text.Json;

namespace Qalam.IntegrationTests.Search;

/// <summary>/search/suggest: completions and titles for the header's box, never from a post readers cannot open.</summary>
public sealed class TypeAheadTests(SearchSite site) : IClassFixture<SearchSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    private async Task<(string[] Completions, (string Title, string Url)[] Posts)> SuggestAsync(string q)
    {
        var response = await _client.GetAsync("/search/suggest?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var completions = json.RootElement.GetProperty("completions").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var posts = json.RootElement.GetProperty("posts").EnumerateArray()
            .Select(e => (e.GetProperty("title").GetString()!, e.GetProperty("url").GetString()!)).ToArray();
        return (completions, posts);
    }

    [Fact]
    public async Task The_start_of_a_word_completes_it_and_offers_the_posts_it_finds()
    {
        var (completions, posts) = await SuggestAsync("سبه");

        Assert.Equal(["سبها"], completions);
        Assert.Equal([("إطلاق برنامج للتدريب في سبها", "/sabha-training")], posts);
    }

    [Fact]
    public async Task Earlier_words_stay_and_narrow_the_posts()
    {
        var (completions, posts) = await SuggestAsync("نصائح الأمن السيب");

        Assert.Equal(["نصائح الأمن السيبراني"], completions);
        Assert.Equal(["نصائح الأمن السيبراني للأسر"], posts.Select(p => p.Title));
    }

    [Theory]
    [InlineData("ميزان")]      // only a draft and a private post hold «ميزانية»
    [InlineData("مسود")]       // a draft's title
    [InlineData("محضر")]       // a private post's title
    [InlineData("جائز")]       // a post scheduled for next week
    [InlineData("ا")]          // too short to suggest anything
    public async Task Drafts_private_and_scheduled_posts_are_never_suggested(string q)
    {
        var (completions, posts) = await SuggestAsync(q);

        Assert.Empty(completions);
        Assert.Empty(posts);
    }

    [Fact]
    public async Task Answers_may_be_cached_briefly()
    {
        var response = await _client.GetAsync("/search/suggest?q=" + Uri.EscapeDataString("سبه"));
        Assert.Equal("public, max-age=30", response.Headers.CacheControl!.ToString());
    }
}
