using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using SkiaSharp;

namespace Qalam.Organisation;

/// <summary>Who a stamped copy is for: printed visibly on every page and written into the file's metadata.</summary>
public sealed record CopyStamp(Guid CopyId, string RecipientName, string? RecipientEmail, string When)
{
    /// <summary>The identifier as printed: short enough to read off a photocopy, complete enough to find the copy.</summary>
    public string Identifier => "QALAM-COPY-" + CopyId.ToString("D").ToUpperInvariant();
}

/// <summary>
/// Stamps confidential files for their recipient. PDFs: an image of the stamp (the name shaped in Arabic by HarfBuzz)
/// drawn over every page, the identifier as visible and as invisible text, and as a QR code, all merged into each
/// page's one content stream, and in the document information. Unlinking a stream or blanking the metadata removes
/// nothing; deleting the text leaves the code, which is read from pixels. Images: the stamp and code drawn into the pixels.
/// </summary>
public static class WatermarkStamp
{
    public const string MetadataKey = "/QalamCopy";

    /// <summary>
    /// Whether a file can be stamped, tried once at upload so that no recipient meets a file that cannot be. PDFsharp and
    /// SkiaSharp report a damaged file with many kinds of exception (plain Exception, NullReferenceException,
    /// InvalidOperationException for a page without a size, …), so any of them means no.
    /// </summary>
    public static bool CanStamp(byte[] file, string contentType)
    {
        var trial = new CopyStamp(Guid.Empty, "-", null, "-");
        try
        {
            if (contentType == "application/pdf") StampPdf(file, trial);
            else StampImage(file, contentType, trial);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    public static byte[] StampPdf(byte[] original, CopyStamp stamp)
    {
        EnsureFonts();
        using var input = new DeadlineStream(new MemoryStream(original), ReadLimit);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        using var stampPng = new MemoryStream(RenderStampImage(stamp, 900));
        using var image = XImage.FromStream(stampPng);
        var idFont = new XFont(LatinFontResolver.Family, 7);
        var hiddenFont = new XFont(LatinFontResolver.Family, 3);
        var marks = new Random(stamp.CopyId.GetHashCode());
        foreach (var page in document.Pages)
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            // Beneath the page's own drawing: the identifier as invisible text at places that differ from copy to copy.
            using (var under = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Prepend))
            {
                for (var i = 0; i < HiddenMarksPerPage; i++)
                {
                    under.DrawString(stamp.Identifier, hiddenFont, Invisible, new XPoint(width * (0.1 + 0.6 * marks.NextDouble()), height * (0.1 + 0.8 * marks.NextDouble())));
                }
            }
            using (var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append))
            {
                var stampWidth = width * 0.8;
                var stampHeight = stampWidth * image.PixelHeight / image.PixelWidth;
                gfx.DrawImage(image, (width - stampWidth) / 2, (height - stampHeight) / 2, stampWidth, stampHeight);
                var footer = $"{stamp.Identifier} | {stamp.RecipientEmail} | {stamp.When}";
                gfx.DrawString(footer, idFont, XBrushes.DarkRed, new XPoint(12, height - 10));
                gfx.DrawString(stamp.Identifier, idFont, XBrushes.DarkRed, new XPoint(12, 14));
                CopyMark.Draw(gfx, stamp.CopyId, width - MarkSize - 12, height - MarkSize - 22, MarkSize);
            }
            // One stream per page: the marks are the page's own content, not an object that can be unlinked.
            var single = page.Contents.CreateSingleContent();
            document.Internals.AddObject(single);
            page.Elements.SetReference("/Contents", single);
        }
        document.Info.Subject = stamp.Identifier;
        document.Info.Keywords = stamp.Identifier;
        document.Info.Elements.SetString(MetadataKey, stamp.CopyId.ToString("D"));
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>Far longer than reading a real document takes; what reads longer is a damaged file PDFsharp loops on.</summary>
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(15);
    private const int HiddenMarksPerPage = 6;
    /// <summary>Wide enough that the code's modules are two pixels or more in a 100 dpi screenshot.</summary>
    private const double MarkSize = 64;
    private static readonly XSolidBrush Invisible = new(XColor.FromArgb(0, 255, 255, 255));

    /// <summary>Draws the stamp into an image and re-encodes it (JPEG stays JPEG; everything else becomes PNG).</summary>
    public static (byte[] Bytes, string ContentType) StampImage(byte[] original, string contentType, CopyStamp stamp)
    {
        using var bitmap = SKBitmap.Decode(original) ?? throw new InvalidDataException("Unreadable image.");
        using var surface = SKSurface.Create(new SKImageInfo(bitmap.Width, bitmap.Height));
        var canvas = surface.Canvas;
        using (var source = SKImage.FromBitmap(bitmap)) canvas.DrawImage(source, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        using (var stampBitmap = SKBitmap.Decode(RenderStampImage(stamp, Math.Max(300, bitmap.Width * 8 / 10))))
        {
            using var stampImage = SKImage.FromBitmap(stampBitmap);
            canvas.DrawImage(stampImage, (bitmap.Width - stampBitmap.Width) / 2f, (bitmap.Height - stampBitmap.Height) / 2f, new SKSamplingOptions(SKFilterMode.Linear));
        }
        var markSize = Math.Max(87, Math.Min(bitmap.Width, bitmap.Height) / 6);
        CopyMark.Draw(canvas, stamp.CopyId, bitmap.Width - markSize - 12, bitmap.Height - markSize - 12, markSize);
        using var snapshot = surface.Snapshot();
        var jpeg = contentType == "image/jpeg";
        using var data = snapshot.Encode(jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, 90);
        return (data.ToArray(), jpeg ? "image/jpeg" : "image/png");
    }

    /// <summary>The visible stamp: translucent lines of name, email, date and identifier on a transparent background.</summary>
    public static byte[] RenderStampImage(CopyStamp stamp, int width)
    {
        var size = width / 22f;
        var lines = new[] { stamp.RecipientName, stamp.RecipientEmail ?? "", stamp.When, stamp.Identifier }.Where(l => l.Length > 0).ToList();
        var height = (int)(size * 1.8f * lines.Count + size);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(0xb9, 0x1c, 0x1c, 0x70) };
        using var border = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3, Color = paint.Color };
        canvas.DrawRect(2, 2, width - 4, height - 4, border);
        using var text = new ShapedText(bold: true);
        var y = size * 1.5f;
        foreach (var line in lines)
        {
            var lineSize = line == stamp.Identifier ? size * 0.6f : size;
            var w = text.Measure(line, lineSize, rtl: false);
            text.DrawLine(canvas, line, (width - w) / 2, y, lineSize, paint, rtl: false);
            y += size * 1.8f;
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static readonly Lock FontLock = new();

    private static void EnsureFonts()
    {
        lock (FontLock)
        {
            // PDFsharp's font resolver is process-wide; set once, and leave one already set by someone else alone.
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = new LatinFontResolver();
        }
    }

    private sealed class LatinFontResolver : IFontResolver
    {
        public const string Family = "Qalam Stamp";

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new("qalam-stamp");

        public byte[]? GetFont(string faceName) => BundledFonts.Bytes("NotoSans-Regular.ttf");
    }
}
