using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Qalam.IntegrationTests.Api;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Search;

/// <summary>
/// A site in Arabic, English and French (the third by the setting alone): a search finds in the reader's language
/// first, says how many posts matched in each other language with a link to them, and shows the others' results when
/// the reader's language has none; a chosen language, or all of them, overrides.
/// </summary>
public sealed class ReaderLanguageSearchTests(ThreeLanguageSearchSite site) : IClassFixture<ThreeLanguageSearchSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    private static readonly string[] Arabic = ["sahelia-guide", "sahelia-launch", "sahelia-press"];
    private static readonly string[] English = ["en/sahelia-guide-en", "en/sahelia-launch-en"];

    private static IReadOnlyList<(string? Language, string? Href, string Text)> ElsewhereLinks(IDocument doc) =>
        doc.QuerySelectorAll(".search-elsewhere a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"), a.TextContent.Trim())).ToList();

    [Fact]
    public async Task The_arabic_frame_finds_arabic_posts_and_counts_the_other_languages()
    {
        var doc = await _client.GetDocumentAsync("/search?q=Sahelia");

        Assert.Equal(Arabic, doc.ResultSlugs().Order());
        Assert.Equal("عدد النتائج: 3", doc.Count());
        Assert.Equal([("en", "/search?q=Sahelia&lang=en", "باللغة الإنجليزية: 2"), ("fr", "/search?q=Sahelia&lang=fr", "باللغة français: 1")], ElsewhereLinks(doc));
        Assert.Null(doc.QuerySelector(".search-instead"));
    }

    [Fact]
    public async Task The_english_frame_finds_english_posts_and_links_to_the_others_in_its_own_frame()
    {
        var doc = await _client.GetDocumentAsync("/en/search?q=Sahelia");

        Assert.Equal(English, doc.ResultSlugs().Order());
        Assert.Equal("Results: 2", doc.Count());
        Assert.Equal([("ar", "/en/search?q=Sahelia&lang=ar", "in Arabic: 3"), ("fr", "/en/search?q=Sahelia&lang=fr", "in français: 1")], ElsewhereLinks(doc));

        // The link shows the Arabic results, still in the English frame, with Arabic chosen in the filter.
        var arabic = await _client.GetDocumentAsync(ElsewhereLinks(doc)[0].Href!);
        Assert.Equal("en", arabic.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Arabic, arabic.ResultSlugs().Order());
        Assert.Equal("ar", arabic.QuerySelector("#search-lang option[selected]")!.GetAttribute("value"));
        Assert.Empty(ElsewhereLinks(arabic));
    }

    [Theory]
    [InlineData("/search?q=lighthouse", "en/sahelia-launch-en", "لا نتائج باللغة العربية؛ هذه نتائج البحث باللغة الإنجليزية.")]
    [InlineData("/en/search?q=المنارة", "sahelia-launch", "Nothing matched in English; these results are in Arabic.")]
    [InlineData("/en/search?q=bibliothèque", "fr/sahelia-fr", "Nothing matched in English; these results are in français.")]
    public async Task With_nothing_in_the_readers_language_the_other_languages_results_are_shown_with_a_note(string address, string expected, string note)
    {
        var doc = await _client.GetDocumentAsync(address);

        Assert.Equal([expected], doc.ResultSlugs());
        Assert.Equal(note, doc.QuerySelector(".search-instead")!.TextContent.Trim());
        Assert.Null(doc.QuerySelector(".search-elsewhere"));
    }

    [Theory]
    [InlineData("/search?q=Sahelia&lang=en", "en/sahelia-guide-en,en/sahelia-launch-en")]
    [InlineData("/en/search?q=Sahelia&lang=fr", "fr/sahelia-fr")]
    [InlineData("/search?q=bibliothèque&lang=fr", "fr/sahelia-fr")]
    [InlineData("/en/search?q=Sahelia&lang=all", "en/sahelia-guide-en,en/sahelia-launch-en,fr/sahelia-fr,sahelia-guide,sahelia-launch,sahelia-press")]
    [InlineData("/en/search?q=lighthouse&lang=ar", "")]                      // a chosen language has no fallback
    public async Task A_chosen_language_or_all_of_them_overrides_the_readers(string address, string expected)
    {
        var doc = await _client.GetDocumentAsync(address);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), doc.ResultSlugs().Order());
        Assert.Null(doc.QuerySelector(".search-elsewhere"));
        Assert.Null(doc.QuerySelector(".search-instead"));
    }

    [Fact]
    public async Task The_language_filter_lists_the_sites_languages_by_their_own_names()
    {
        var doc = await _client.GetDocumentAsync("/search?q=Sahelia");

        Assert.Equal([("", "العربية أولًا"), ("all", "كل اللغات"), ("ar", "العربية"), ("en", "English"), ("fr", "français")],
            doc.QuerySelectorAll("#search-lang option").Select(o => (o.GetAttribute("value")!, o.TextContent.Trim())));
        Assert.Equal("", doc.QuerySelector("#search-lang option[selected]")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task A_language_the_site_does_not_have_is_reported_in_one_line_and_the_readers_is_searched()
    {
        var doc = await _client.GetDocumentAsync("/search?q=Sahelia&lang=xx");

        Assert.Equal("«xx» ليست من لغات الموقع، فبُحث بلغة الصفحة أولًا.", doc.QuerySelector(".search-error")!.TextContent.Trim());
        Assert.Equal(Arabic, doc.ResultSlugs().Order());
    }

    [Theory]
    [InlineData("/api/v1/search?q=Sahelia", 6, null)]                         // the API's contract: every language unless asked
    [InlineData("/api/v1/search?q=Sahelia&language=fr", 1, "fr")]
    [InlineData("/api/v1/search?q=Sahelia&language=EN", 2, "en")]
    public async Task The_api_searches_every_language_or_the_one_asked_for(string url, int total, string? language)
    {
        var json = await _client.JsonAsync(url);

        Assert.Equal(total, (int)json["total"]!);
        if (language is not null) Assert.All(json["items"]!.AsArray(), i => Assert.Equal(language, (string)i!["post"]!["language"]!));
    }

    [Theory]
    [InlineData("/api/v1/search?q=Sahelia&language=de")]
    [InlineData("/api/v1/posts?language=de")]
    public async Task The_api_refuses_a_language_the_site_does_not_have_in_one_line(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", "en");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("The value of the parameter “language” is not valid: the code of one of the site's languages (ar, en, fr)", (string)problem["detail"]!);
    }

    [Fact]
    public async Task The_posts_api_filters_by_a_third_language()
    {
        var items = (await _client.JsonAsync("/api/v1/posts?language=fr&perPage=100"))["items"]!.AsArray();
        Assert.Equal(["sahelia-fr"], items.Select(i => (string)i!["slug"]!));
    }
}

/// <summary>A site in ar, en and fr with a word in all three and words in one only.</summary>
public sealed class ThreeLanguageSearchSite : IAsyncLifetime
{
    public QalamFactory Factory { get; } = new(demo: true, settings: new Dictionary<string, string> { ["Qalam:Languages"] = "ar,en,fr" });

    public async Task InitializeAsync()
    {
        NewPost[] posts =
        [
            new("إطلاق Sahelia في طرابلس", "<p>أطلقت المؤسسة منصة Sahelia قرب المنارة.</p>") { Slug = "sahelia-launch" },
            new("دليل Sahelia للمحررين", "<p>دليل عملي لمنصة Sahelia.</p>") { Slug = "sahelia-guide" },
            new("Sahelia والصحافة المحلية", "<p>الصحافة المحلية تستعمل Sahelia.</p>") { Slug = "sahelia-press" },
            new("Sahelia launches in Tripoli", "<p>The Sahelia platform opened near the lighthouse.</p>") { Slug = "sahelia-launch-en", Language = "en" },
            new("A guide to Sahelia for editors", "<p>Editors learn Sahelia in an afternoon.</p>") { Slug = "sahelia-guide-en", Language = "en" },
            new("Sahelia arrive à Tripoli", "<p>La bibliothèque accueille Sahelia.</p>") { Slug = "sahelia-fr", Language = "fr" },
        ];
        foreach (var post in posts) await Factory.AddPostAsync(post);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
