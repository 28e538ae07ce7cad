using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>The results page: Arabic, the query kept, a count, marked snippets, filters as a GET form, suggestions and pages.</summary>
public sealed class SearchPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    [Fact]
    public async Task Results_page_is_arabic_and_keeps_the_query_in_the_box()
    {
        var doc = await _client.SearchAsync("حماية البيانات");
        Assert.Equal("ar", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", doc.DocumentElement.GetAttribute("dir"));
        Assert.Equal("حماية البيانات", doc.QuerySelector("main form #search-q")!.GetAttribute("value"));
        Assert.Equal("auto", doc.QuerySelector("#search-q")!.GetAttribute("dir"));
        Assert.Equal("get", doc.QuerySelector("main form")!.GetAttribute("method"));
        Assert.Equal("عدد النتائج: 1", doc.Count());
        Assert.Equal("نتائج البحث عن «حماية البيانات» – قلم", doc.Title);
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Snippet_marks_the_words_as_written_with_their_tashkeel()
    {
        var doc = await _client.SearchAsync("البيانات");
        Assert.Equal(["بَيَانَاتِ"], doc.Texts(".result-list .snippet mark"));
        Assert.Equal(["بَيَانٌ", "بَيَانَاتِ"], doc.Texts(".result-list h3 mark"));
    }

    [Fact]
    public async Task A_statement_keeps_its_number_before_its_marked_title()
    {
        var doc = await _client.SearchAsync("البيانات");
        var title = doc.QuerySelector(".result-list h3 a")!;
        Assert.Matches(@"^بيان رقم \(\d+\) لعام \d{4}: بَيَانٌ بِشَأْنِ حِمَايَةِ بَيَانَاتِ المُتَدَرِّبِين$", title.TextContent.Trim());
        Assert.Equal(2, title.QuerySelectorAll("mark").Length);
        var other = await _client.SearchAsync("غريان");
        Assert.Equal("ربط المدرسة بالإنترنت في غريان", other.QuerySelector(".result-list h3 a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Snippet_escapes_the_text_around_the_marks()
    {
        var doc = await _client.SearchAsync("newsrooms");
        var snippet = doc.QuerySelector(".result-list .snippet")!;
        Assert.Equal("A short list of open source tools that small newsrooms can run on a modest budget.", snippet.TextContent);
        Assert.Equal(["newsrooms"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Empty(snippet.QuerySelectorAll(":not(mark)"));
    }

    [Fact]
    public async Task Nothing_found_suggests_the_nearest_indexed_word()
    {
        var doc = await _client.SearchAsync("سبهى");
        Assert.Equal("عدد النتائج: 0", doc.Count());
        var link = doc.QuerySelector(".suggestion a")!;
        Assert.Equal("سبها", link.TextContent);
        var suggested = await _client.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Equal(["sabha-training"], suggested.ResultSlugs());
    }

    [Fact]
    public async Task Nothing_found_suggests_an_english_word_too()
    {
        var doc = await _client.SearchAsync("netwrok");
        Assert.Equal("network", doc.QuerySelector(".suggestion a")!.TextContent);
    }

    [Fact]
    public async Task Results_come_a_page_at_a_time_with_the_query_in_the_links()
    {
        var first = await _client.SearchAsync("النشرة");
        Assert.Equal("عدد النتائج: 12", first.Count());
        Assert.Equal(10, first.ResultSlugs().Count);
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("q=" + Uri.EscapeDataString("النشرة"), next, StringComparison.OrdinalIgnoreCase);
        var second = await _client.GetDocumentAsync(next);
        Assert.Equal(["newsletter-11", "newsletter-12"], second.ResultSlugs());
        Assert.Equal("11", second.QuerySelector("ol.result-list")!.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector("nav.pager a[rel=prev]"));
    }

    [Fact]
    public async Task Every_page_has_a_search_box_in_the_header()
    {
        var doc = await _client.GetDocumentAsync("/");
        var form = doc.QuerySelector("header.site-header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("البحث في الموقع", doc.QuerySelector($"label[for={input.Id}]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Empty_search_shows_the_form_and_a_hint()
    {
        var doc = await _client.GetDocumentAsync("/search");
        Assert.NotNull(doc.QuerySelector("main form #search-q"));
        Assert.Equal("اكتب كلمة أو أكثر للبحث في مقالات الموقع.", doc.QuerySelector("main p.empty")!.TextContent.Trim());
    }
}
