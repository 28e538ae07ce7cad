using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>A statement's page and PDF read as the official document the organisation issues, in the same order.</summary>
public sealed class StatementDocumentTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task PublishAsync(DigitStyle digits = DigitStyle.Western)
    {
        await _factory.ChangeSettingsAsync(s =>
        {
            (s.Name, s.Tagline, s.LogoUrl, s.Digits) = ("المؤسسة الليبية للتقنية", "نحو مجتمع رقمي آمن", "/media/2026/01/logo.png", digits);
        });
        await _factory.PublishStatementAsync(await _factory.DraftStatementAsync("بشأن التسريب",
            "<p>تطالب المؤسسة بفتح تحقيق جاد وشفاف لتحديد مصدر التسريب.</p><p>وتحتفظ بحقها في اتخاذ الإجراءات القانونية.</p>"));
    }

    [Fact]
    public async Task The_page_shows_the_letterhead_number_date_in_words_and_digits_signature_and_official_copy()
    {
        await PublishAsync();
        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1");

        var letterhead = page.QuerySelector(".official-document .letterhead")!;
        Assert.Equal("/media/2026/01/logo.png", letterhead.QuerySelector("img.letterhead-logo")!.GetAttribute("src"));
        Assert.Equal("المؤسسة الليبية للتقنية", letterhead.QuerySelector(".letterhead-name")!.TextContent.Trim());
        Assert.Equal("نحو مجتمع رقمي آمن", letterhead.QuerySelector(".letterhead-tagline")!.TextContent.Trim());
        Assert.Equal("بيان رقم (1) لعام 2026", page.QuerySelector(".statement-number")!.TextContent.Trim());
        Assert.Equal("التاريخ: الأحد 18 يناير 2026 (18-1-2026)", page.QuerySelector(".statement-date")!.TextContent.Trim());
        Assert.Equal("2026-01-18", page.QuerySelector(".statement-date time")!.GetAttribute("datetime"));
        Assert.Equal(["المؤسسة الليبية للتقنية", "18-1-2026"], page.Texts(".signature p"));
        var copy = page.QuerySelector(".official-copy")!;
        Assert.Equal("نسخة رسمية: http://localhost/statements/2026/1", copy.TextContent.Trim());
        Assert.Equal("http://localhost/statements/2026/1", copy.QuerySelector("a")!.GetAttribute("href"));
        // In the order of the paper document: letterhead, number, title, date, text, signature, official copy.
        var order = new[] { ".letterhead", ".statement-number", "h1", ".statement-date", ".statement-body", ".signature", ".official-copy" }
            .Select(selector => page.All.ToList().IndexOf(page.QuerySelector(".official-document " + selector)!)).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task With_arabic_indic_digits_the_number_and_both_dates_use_them()
    {
        await PublishAsync(DigitStyle.ArabicIndic);
        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1");
        Assert.Equal("بيان رقم (١) لعام ٢٠٢٦", page.QuerySelector(".statement-number")!.TextContent.Trim());
        Assert.Equal("التاريخ: الأحد ١٨ يناير ٢٠٢٦ (١٨-١-٢٠٢٦)", page.QuerySelector(".statement-date")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_pdf_has_the_same_letterhead_number_date_text_signature_and_official_copy_in_the_same_order()
    {
        await PublishAsync();
        var logo = Path.Combine(_factory.DataDirectory, "media", "2026", "01", "logo.png");
        Directory.CreateDirectory(Path.GetDirectoryName(logo)!);
        await File.WriteAllBytesAsync(logo, Png());

        var response = await _factory.CreateBrowserlessClient().GetAsync("/statements/2026/1.pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = PdfText.Logical(pdf);
        string[] expected =
        [
            "المؤسسة الليبية للتقنية", "نحو مجتمع رقمي آمن", "بيان رقم (1) لعام 2026", "بشأن التسريب", "التاريخ: الأحد 18 يناير 2026 (18-1-2026)",
            "بفتح تحقيق جاد وشفاف", "اتخاذ الإجراءات القانونية", "18-1-2026", "نسخة رسمية: http://localhost/statements/2026/1",
        ];
        var at = 0;
        foreach (var part in expected)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"«{part}» is not in the PDF after what comes before it:\n{text}");
            at = found + part.Length;
        }
        Assert.Single(pdf.GetPage(1).GetImages()); // the logo, above the name
    }

    private static byte[] Png()
    {
        using var surface = SKSurface.Create(new SKImageInfo(120, 120));
        surface.Canvas.Clear(new SKColor(0x0b, 0x5d, 0x4b));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
