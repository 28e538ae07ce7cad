using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Organisation;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Languages;

/// <summary>
/// A post and its English translation, a statement and its English translation: each at its language's address, the
/// switcher and hreflang leading from one to the other, JSON-LD naming the original and its translations, and one
/// statement number shared by the group.
/// </summary>
public sealed class TranslationTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);
    private readonly HttpClient _client;

    public TranslationTests() => _client = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    private async Task<IDocument> PageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.ReadDocumentAsync();
    }

    /// <summary>Links posts into one translation group, its original first, as the editor's «أضف ترجمة» does.</summary>
    private Task LinkAsync(int original, params int[] translations) => _factory.WithDbAsync(async db =>
    {
        foreach (var post in await db.Posts.Where(p => p.Id == original || translations.Contains(p.Id)).ToListAsync()) post.TranslationGroupId = original;
        return await db.SaveChangesAsync();
    });

    private async Task<(string Arabic, string English)> PairAsync()
    {
        var (arId, arSlug) = await _factory.AddPostAsync(new NewPost("خبر له ترجمة إنجليزية", "<p>نص الخبر.</p>"));
        var (enId, enSlug) = await _factory.AddPostAsync(new NewPost("News with an English translation", "<p>The text.</p>") { Language = "en", Slug = "news-translated" });
        await LinkAsync(arId, enId);
        return (Urls.Post(arSlug), "/en/" + Slug.Encode(enSlug));
    }

    private static IReadOnlyList<(string?, string?)> Alternates(IDocument doc) =>
        doc.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();

    private static JsonObject Article(IDocument doc) => doc.QuerySelectorAll("script[type='application/ld+json']")
        .Select(s => JsonNode.Parse(s.TextContent)!.AsObject()).Single(o => (string?)o["@type"] == "NewsArticle");

    [Fact]
    public async Task A_post_and_its_translation_switch_to_each_other_and_name_each_other_as_alternates()
    {
        var (arabic, english) = await PairAsync();
        var ar = await PageAsync(arabic);
        var en = await PageAsync(english);
        Assert.Equal(english, ar.QuerySelector("nav.language-switcher a[hreflang=en]")!.GetAttribute("href"));
        Assert.Equal(arabic, en.QuerySelector("nav.language-switcher a[hreflang=ar]")!.GetAttribute("href"));

        (string?, string?)[] expected = [("ar", "http://localhost" + arabic), ("en", "http://localhost" + english), ("x-default", "http://localhost" + arabic)];
        // Reciprocal: each page names the same set, itself included.
        Assert.Equal(expected, Alternates(ar));
        Assert.Equal(expected, Alternates(en));
        Assert.All(Alternates(ar), a => Assert.Matches(new Regex("^(x-default|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$"), a.Item1!));
        Assert.Equal(("en", "ltr"), (en.DocumentElement.GetAttribute("lang"), en.DocumentElement.GetAttribute("dir")));
    }

    [Fact]
    public async Task The_sitemap_names_each_translation_of_a_post_as_its_alternate()
    {
        var (arabic, english) = await PairAsync();
        var doc = System.Xml.Linq.XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        System.Xml.Linq.XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        (string, string)[] expected = [("ar", "http://localhost" + arabic), ("en", "http://localhost" + english), ("x-default", "http://localhost" + arabic)];
        foreach (var address in new[] { arabic, english })
        {
            var url = doc.Root!.Elements(sm + "url").Single(u => u.Element(sm + "loc")!.Value == "http://localhost" + address);
            Assert.Equal(expected, url.Elements(xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)));
        }
    }

    [Fact]
    public async Task The_translation_says_what_it_translates_and_the_original_names_its_translations()
    {
        var (arabic, english) = await PairAsync();
        var original = Article(await PageAsync(arabic));
        var translation = Article(await PageAsync(english));
        Assert.Equal("ar", (string?)original["inLanguage"]);
        Assert.Equal("en", (string?)translation["inLanguage"]);
        Assert.Equal("http://localhost" + arabic, (string?)translation["translationOfWork"]!["@id"]);
        Assert.Null(translation["workTranslation"]);
        var works = original["workTranslation"]!.AsArray();
        Assert.Equal(["http://localhost" + english], works.Select(w => (string?)w!["@id"]));
        Assert.Equal("en", (string?)works[0]!["inLanguage"]);
        Assert.Null(original["translationOfWork"]);
    }

    [Fact]
    public async Task A_translation_that_is_not_public_is_neither_offered_nor_named()
    {
        var (arId, arSlug) = await _factory.AddPostAsync(new NewPost("خبر ترجمته مسودة", "<p>نص.</p>"));
        var (enId, _) = await _factory.AddPostAsync(new NewPost("A draft translation", "<p>Text.</p>") { Language = "en", Status = PostStatus.Draft });
        await LinkAsync(arId, enId);
        var ar = await PageAsync(Urls.Post(arSlug));
        Assert.Equal("/en/", ar.QuerySelector("nav.language-switcher a[hreflang=en]")!.GetAttribute("href"));
        Assert.Empty(Alternates(ar));
        Assert.Null(Article(ar)["workTranslation"]);
    }

    private async Task<(int Year, int Number, int EnglishId)> StatementPairAsync()
    {
        var arabicId = await _factory.DraftStatementAsync("بيان بلغتين");
        var numbered = await _factory.PublishStatementAsync(arabicId);
        var englishId = await _factory.DraftStatementAsync("A statement in two languages", "<p>The statement's text.</p>");
        await _factory.WithDbAsync(async db =>
        {
            (await db.Posts.FirstAsync(p => p.Id == englishId)).Language = "en";
            return await db.SaveChangesAsync();
        });
        await LinkAsync(arabicId, englishId);
        var english = await _factory.PublishStatementAsync(englishId);
        Assert.Null(english.Number);
        return (numbered.Year!.Value, numbered.Number!.Value, englishId);
    }

    [Fact]
    public async Task A_statements_translation_shares_its_number_and_takes_none_of_its_own()
    {
        var (year, number, englishId) = await StatementPairAsync();
        var arabicAddress = $"/statements/{year}/{number}";
        var englishAddress = $"/en/statements/{year}/{number}";

        var en = await PageAsync(englishAddress);
        Assert.Equal("A statement in two languages", en.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(("en", "ltr"), (en.DocumentElement.GetAttribute("lang"), en.DocumentElement.GetAttribute("dir")));
        Assert.Equal("http://localhost" + englishAddress, en.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var ar = await PageAsync(arabicAddress);
        Assert.Equal("بيان بلغتين", ar.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(englishAddress, ar.QuerySelector("nav.language-switcher a[hreflang=en]")!.GetAttribute("href"));
        Assert.Equal(arabicAddress, en.QuerySelector("nav.language-switcher a[hreflang=ar]")!.GetAttribute("href"));
        Assert.Equal(Alternates(ar), Alternates(en));
        Assert.Contains(("en", "http://localhost" + englishAddress), Alternates(ar));

        // Each language's list shows its own text once, at the one number.
        var enList = await PageAsync("/en/statements");
        Assert.Equal([englishAddress], enList.QuerySelectorAll("main a[href*='/statements/']").Select(a => a.GetAttribute("href")).Where(h => h!.EndsWith($"/{number}", StringComparison.Ordinal)));
        var arList = await PageAsync("/statements");
        Assert.Single(arList.QuerySelectorAll($"main a[href='{arabicAddress}']"));
        Assert.DoesNotContain(arList.QuerySelectorAll("main a"), a => a.TextContent.Contains("A statement in two languages", StringComparison.Ordinal));

        // The translation's own slug leads to the shared number, in its language.
        var slug = await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == englishId).Select(p => p.Slug).FirstAsync());
        var moved = await _client.GetAsync("/en/" + Slug.Encode(slug));
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(englishAddress, moved.Headers.Location!.OriginalString);

        // The next statement takes the next number: the translation used none.
        var next = await _factory.PublishStatementAsync(await _factory.DraftStatementAsync("بيان تالٍ"));
        Assert.Equal((year, number + 1), (next.Year!.Value, next.Number!.Value));
    }

    [Fact]
    public async Task A_statement_without_an_english_text_moves_from_its_english_address_to_its_own()
    {
        var numbered = await _factory.PublishStatementAsync(await _factory.DraftStatementAsync("بيان بالعربية فقط"));
        var response = await _client.GetAsync($"/en/statements/{numbered.Year}/{numbered.Number}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/statements/{numbered.Year}/{numbered.Number}", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/en/statements/{numbered.Year}/{numbered.Number + 50}")).StatusCode);
    }
}
