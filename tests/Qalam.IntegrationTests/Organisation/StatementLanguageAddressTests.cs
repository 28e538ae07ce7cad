using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Qalam.IntegrationTests.Api;
using Qalam.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>
/// A statement and its English translation: each text's PDF, the PDF's official-copy line and the API name the
/// address in its own language (never one that answers 301), and the year's list names each language's version.
/// </summary>
public sealed class StatementLanguageAddressTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly HttpClient _client;

    public StatementLanguageAddressTests() => _client = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    private Task SetLanguageAsync(int postId, string language, int? group = null) => _factory.WithDbAsync(async db =>
    {
        var post = await db.Posts.FirstAsync(p => p.Id == postId);
        post.Language = language;
        if (group is not null) post.TranslationGroupId = group;
        return await db.SaveChangesAsync();
    });

    /// <summary>An Arabic statement, numbered, and its English translation sharing the number.</summary>
    private async Task<(int Year, int Number)> PairAsync()
    {
        var arabicId = await _factory.DraftStatementAsync("بيان بلغتين");
        var numbered = await _factory.PublishStatementAsync(arabicId);
        var englishId = await _factory.DraftStatementAsync("A statement in two languages", "<p>The statement's text.</p>");
        await SetLanguageAsync(arabicId, "ar", arabicId);
        await SetLanguageAsync(englishId, "en", arabicId);
        await _factory.PublishStatementAsync(englishId);
        return (numbered.Year!.Value, numbered.Number!.Value);
    }

    private async Task<string> PdfTextAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return PdfText.Logical(pdf);
    }

    private static IReadOnlyList<(string?, string?)> Alternates(IDocument doc) =>
        doc.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();

    [Fact]
    public async Task Each_texts_pdf_lives_under_its_languages_prefix_and_names_its_own_address()
    {
        var (year, number) = await PairAsync();
        var (arabic, english) = ($"/statements/{year}/{number}", $"/en/statements/{year}/{number}");

        Assert.Equal(english + ".pdf", (await _client.GetDocumentAsync(english)).QuerySelector(".statement-actions a[download]")!.GetAttribute("href"));
        Assert.Equal(arabic + ".pdf", (await _client.GetDocumentAsync(arabic)).QuerySelector(".statement-actions a[download]")!.GetAttribute("href"));

        var englishPdf = await PdfTextAsync(english + ".pdf");
        Assert.Contains("http://localhost" + english, englishPdf);
        Assert.Contains("Statement", englishPdf);
        Assert.DoesNotContain("بيان رقم", englishPdf);
        var arabicPdf = await PdfTextAsync(arabic + ".pdf");
        Assert.Contains("http://localhost" + arabic, arabicPdf);
        Assert.DoesNotContain("/en/", arabicPdf);
    }

    [Fact]
    public async Task A_statement_without_a_text_in_a_language_moves_its_pdf_to_its_own()
    {
        var only = await _factory.PublishStatementAsync(await _factory.DraftStatementAsync("بيان بالعربية فقط"));
        var response = await _client.GetAsync($"/en/statements/{only.Year}/{only.Number}.pdf");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/statements/{only.Year}/{only.Number}.pdf", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/en/statements/{only.Year}/{only.Number + 9}.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_years_list_names_each_languages_version_as_an_alternate()
    {
        var first = await _factory.PublishStatementAsync(await _factory.DraftStatementAsync("بيان أول"));
        var yearList = $"/statements/{first.Year}";
        // One language has statements that year: no alternates yet.
        Assert.Empty(Alternates(await _client.GetDocumentAsync(yearList)));

        await PairAsync();
        var expected = new (string?, string?)[] { ("ar", "http://localhost" + yearList), ("en", "http://localhost/en" + yearList), ("x-default", "http://localhost" + yearList) };
        var ar = await _client.GetDocumentAsync(yearList);
        var en = await _client.GetDocumentAsync("/en" + yearList);
        Assert.Equal(expected, Alternates(ar));
        Assert.Equal(expected, Alternates(en));
        Assert.Equal("/en" + yearList, ar.QuerySelector("nav.language-switcher a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_api_gives_a_statement_first_written_in_english_its_english_addresses()
    {
        var englishId = await _factory.DraftStatementAsync("On open data", "<p>The text.</p>");
        await SetLanguageAsync(englishId, "en");
        var numbered = await _factory.PublishStatementAsync(englishId);
        var address = $"http://localhost/en/statements/{numbered.Year}/{numbered.Number}";

        var listed = Assert.Single((await _client.JsonAsync("/api/v1/statements")).AsArray())!;
        Assert.Equal(address, (string)listed["url"]!);
        Assert.Equal($"Statement No. ({numbered.Number}) of {numbered.Year}: On open data", (string)listed["displayTitle"]!);
        var statement = await _client.JsonAsync($"/api/v1/statements/{numbered.Year}/{numbered.Number}");
        Assert.Equal((address, address + ".pdf", "en"), ((string)statement["url"]!, (string)statement["pdfUrl"]!, (string)statement["language"]!));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(address[16..])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(address[16..] + ".pdf")).StatusCode);
    }
}
