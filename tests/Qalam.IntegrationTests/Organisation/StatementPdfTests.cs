using Qalam.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>The statement PDF as a reader opens it: every character drawn, in fonts that ship with Qalam.</summary>
public sealed class StatementPdfTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<PdfDocument> PublishedPdfAsync(string body)
    {
        await _factory.PublishStatementAsync(await _factory.DraftStatementAsync("بشأن حملة التوعية", body));
        var response = await _factory.CreateBrowserlessClient().GetAsync("/statements/2026/1.pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Hashes_underscores_hyphens_latin_words_and_both_kinds_of_digits_come_out_of_the_pdf()
    {
        using var pdf = await PublishedPdfAsync(
            "<p>أطلقت المؤسسة الوسم #الأمن_الرقمي ضمن حملة Cyber-Safe على منصة LinkedIn - وشارك فيها ١٢٣٤ متدربًا من 18 مدينة في عام ٢٠٢٦.</p>");

        var text = PdfText.Logical(pdf);
        foreach (var expected in new[] { "#الأمن_الرقمي", "Cyber-Safe", "LinkedIn", "-", "١٢٣٤", "18", "٢٠٢٦", "أطلقت المؤسسة الوسم" })
        {
            Assert.Contains(expected, text);
        }
        // Each of these characters is drawn by a font that has it: Noto Naskh Arabic has no #, _ or -, so Noto Sans draws them.
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        foreach (var c in new[] { "#", "_", "-" })
        {
            var drawn = letters.Where(l => l.Value == c).ToList();
            Assert.NotEmpty(drawn);
            Assert.All(drawn, l => Assert.Contains("NotoSans-", l.FontName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_pdf_embeds_only_the_fonts_that_ship_with_qalam()
    {
        using var pdf = await PublishedPdfAsync("<p>نص البيان مع كلمة English واحدة.</p>");

        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.Contains(fonts, f => f.Contains("NotoNaskhArabic-Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("NotoNaskhArabic-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("NotoSans-Regular", StringComparison.Ordinal));
        Assert.All(fonts, f => Assert.Matches("(^|\\+)Noto(NaskhArabic|Sans)-(Regular|Bold)$", f));
    }
}
