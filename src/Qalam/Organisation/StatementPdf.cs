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
    IReadOnlyList<(string Heading, IReadOnlyList<string> Paragraphs)> Addenda);

/// <summary>
/// Renders a statement as an A4 PDF with SkiaSharp's PDF backend, Arabic shaped by HarfBuzz, right to left,
/// the signature block and its date at the end, the way the organisation prints it on letterhead.
/// </summary>
public static class StatementPdf
{
    private const float PageWidth = 595, PageHeight = 842, Margin = 56;
    private const float Body = 12.5f, LineHeight = Body * 1.9f;

    public static byte[] Render(StatementDocument doc)
    {
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = doc.Heading + " – " + doc.Title, Author = doc.Organisation, Creator = "Qalam", Subject = doc.Heading };
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        using (var regular = new ShapedText())
        using (var bold = new ShapedText(bold: true))
        {
            var writer = new PageWriter(pdf, regular, bold);
            writer.Line(doc.Organisation, 11, centred: true, colour: SKColors.DimGray);
            writer.Gap(10);
            writer.Line(doc.Heading, 20, bold: true, centred: true);
            writer.Paragraph(doc.Title, 15, bold: true, centred: true);
            writer.Gap(14);
            if (doc.WithdrawalNotice is { } notice)
            {
                writer.Paragraph(notice, Body, bold: true, colour: new SKColor(0x9b, 0x1c, 0x1c));
                writer.Gap(8);
            }
            foreach (var p in doc.Paragraphs) writer.Paragraph(p, Body);
            writer.Gap(18);
            foreach (var line in doc.SignatureLines) writer.Line(line, 13, bold: true, atEnd: true);
            foreach (var (heading, paragraphs) in doc.Addenda)
            {
                writer.Gap(16);
                writer.Paragraph(heading, 13, bold: true);
                foreach (var p in paragraphs) writer.Paragraph(p, Body);
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

        public void Paragraph(string text, float size, bool bold = false, bool centred = false, SKColor? colour = null)
        {
            foreach (var line in Shaper(bold).Wrap(text, PageWidth - 2 * Margin, size)) Line(line, size, bold, centred, colour: colour);
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
