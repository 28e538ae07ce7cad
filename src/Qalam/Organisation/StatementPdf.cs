using SkiaSharp;

namespace Qalam.Organisation;

/// <summary>What a statement's PDF shows, already worded in the reader's language by the caller.</summary>
public sealed record StatementDocument(
    string Organisation,
    string Heading,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> SignatureLines,
    string? WithdrawalNotice,
    IReadOnlyList<(string Heading, IReadOnlyList<string> Paragraphs)> Addenda)
{
    public string? Tagline { get; init; }
    /// <summary>The organisation's logo (PNG, JPEG or WebP), drawn above its name.</summary>
    public byte[]? Logo { get; init; }
    public string? DateLine { get; init; }
    /// <summary>«صُحّح في … سبب التصحيح: …», above the text of a corrected statement.</summary>
    public string? CorrectionNote { get; init; }
    /// <summary>«نسخة رسمية: https://…/statements/2026/1», closing the document.</summary>
    public string? OfficialCopyLine { get; init; }
}

/// <summary>
/// Renders a statement as an A4 PDF with SkiaSharp's PDF backend, Arabic shaped by HarfBuzz, right to left, laid out as its
/// page and its print stylesheet lay it out: the letterhead (logo, name), «بيان رقم (n) لعام yyyy», the title and date,
/// the correction note, the paragraphs and lists, the signature block at the end, the addenda, and the official-copy line with the permanent address.
/// </summary>
public static class StatementPdf
{
    private const float PageWidth = 595, PageHeight = 842, Margin = 56;
    private const float Body = 12.5f, LineHeight = Body * 1.9f;
    private static readonly SKColor Muted = new(0x55, 0x59, 0x5f);

    public static byte[] Render(StatementDocument doc)
    {
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = doc.Heading + " – " + doc.Title, Author = doc.Organisation, Creator = "Qalam", Subject = doc.Heading };
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        using (var regular = new ShapedText())
        using (var bold = new ShapedText(bold: true))
        {
            var writer = new PageWriter(pdf, regular, bold);
            if (doc.Logo is { } logo) writer.Image(logo, 56);
            writer.Line(doc.Organisation, 14, bold: true, centred: true);
            if (!string.IsNullOrWhiteSpace(doc.Tagline)) writer.Line(doc.Tagline, 10, centred: true, colour: Muted);
            writer.Rule();
            writer.Gap(6);
            writer.Line(doc.Heading, 20, bold: true, centred: true);
            writer.Paragraph(doc.Title, 15, bold: true, centred: true);
            if (doc.DateLine is { } date) writer.Line(date, 11, centred: true, colour: Muted);
            writer.Gap(14);
            if (doc.WithdrawalNotice is { } notice)
            {
                writer.Paragraph(notice, Body, bold: true, colour: new SKColor(0x9b, 0x1c, 0x1c));
                writer.Gap(8);
            }
            if (doc.CorrectionNote is { } correction)
            {
                writer.Paragraph(correction, Body, bold: true, colour: new SKColor(0x8a, 0x5a, 0x00));
                writer.Gap(8);
            }
            // A line break inside a paragraph (a <br>) starts a new line, not a new paragraph.
            foreach (var p in doc.Paragraphs) writer.Paragraph(p, Body);
            writer.Gap(18);
            foreach (var line in doc.SignatureLines) writer.Line(line, 13, bold: true, atEnd: true);
            foreach (var (heading, paragraphs) in doc.Addenda)
            {
                writer.Gap(16);
                writer.Paragraph(heading, 13, bold: true);
                foreach (var p in paragraphs) writer.Paragraph(p, Body);
            }
            if (doc.OfficialCopyLine is { } copy)
            {
                writer.Gap(18);
                writer.Rule();
                writer.Line(copy, 9.5f, centred: true, colour: Muted);
            }
            writer.Finish();
            pdf.Close();
        }
        return output.ToArray();
    }

    private sealed class PageWriter(SKDocument pdf, ShapedText regular, ShapedText bold)
    {
        private SKCanvas? _canvas;
        private float _y;
        private readonly SKPaint _paint = new() { IsAntialias = true, Color = SKColors.Black };

        private SKCanvas Canvas(float needed)
        {
            if (_canvas is null || _y + needed > PageHeight - Margin)
            {
                if (_canvas is not null) pdf.EndPage();
                _canvas = pdf.BeginPage(PageWidth, PageHeight);
                _y = Margin;
            }
            return _canvas;
        }

        public void Gap(float points) => _y += points;

        /// <summary>A thin line across the text width, under the letterhead and above the official-copy line.</summary>
        public void Rule()
        {
            var canvas = Canvas(12);
            using var pen = new SKPaint { Color = new SKColor(0xb0, 0xb4, 0xb8), StrokeWidth = 0.8f, IsAntialias = true };
            canvas.DrawLine(Margin, _y + 6, PageWidth - Margin, _y + 6, pen);
            _y += 12;
        }

        /// <summary>An image centred at the given height; one the PDF cannot decode is left out rather than failing the document.</summary>
        public void Image(byte[] encoded, float height)
        {
            using var image = SKImage.FromEncodedData(encoded);
            if (image is null || image.Height == 0) return;
            var scale = Math.Min(height / image.Height, (PageWidth - 2 * Margin) / image.Width);
            var (width, drawn) = (image.Width * scale, image.Height * scale);
            var canvas = Canvas(height + 8);
            canvas.DrawImage(image, SKRect.Create((PageWidth - width) / 2, _y + (height - drawn) / 2, width, drawn), new SKSamplingOptions(SKCubicResampler.Mitchell));
            _y += height + 8;
        }

        public void Paragraph(string text, float size, bool bold = false, bool centred = false, SKColor? colour = null)
        {
            foreach (var line in text.Split('\n').SelectMany(part => Shaper(bold).Wrap(part, PageWidth - 2 * Margin, size))) Line(line, size, bold, centred, colour: colour);
            _y += size * 0.6f;
        }

        public void Line(string text, float size, bool bold = false, bool centred = false, bool atEnd = false, SKColor? colour = null)
        {
            var height = size * 1.9f;
            var canvas = Canvas(height);
            var shaper = Shaper(bold);
            var width = shaper.Measure(text, size);
            // Right to left: the line starts at the right margin; centred and end-aligned lines start further in.
            var start = centred ? (PageWidth + width) / 2 : atEnd ? Margin + width : PageWidth - Margin;
            _paint.Color = colour ?? SKColors.Black;
            shaper.DrawLine(canvas, text, start, _y + size * 1.3f, size, _paint);
            _y += height;
        }

        private ShapedText Shaper(bool isBold) => isBold ? bold : regular;

        public void Finish()
        {
            if (_canvas is not null) pdf.EndPage();
            _paint.Dispose();
        }
    }

    public static float DefaultLineHeight => LineHeight;
}
