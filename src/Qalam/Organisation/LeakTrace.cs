using System.Diagnostics;
using System.Text.RegularExpressions;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Qalam.Organisation;

/// <summary>Reads the copy identifier back out of a leaked file, or out of what an administrator typed.</summary>
public static partial class LeakTrace
{
    /// <summary>A leaked PDF, or a picture of a page (a screenshot, a scan, a photo of the screen).</summary>
    public static async Task<Guid?> FromFileAsync(byte[] file, CancellationToken ct = default)
    {
        if (file.AsSpan().StartsWith("%PDF"u8)) return FromPdf(file) ?? await FromRenderedPdfAsync(file, ct);
        using var bitmap = SKBitmap.Decode(file);
        return bitmap is null ? null : CopyMark.FromImage(bitmap);
    }

    /// <summary>From a PDF: the metadata entry first, then the text on the pages (which survives re-saving).</summary>
    public static Guid? FromPdf(byte[] pdf)
    {
        try
        {
            using var doc = PdfDocument.Open(pdf);
            var info = doc.Information.DocumentInformationDictionary?.Data ?? new Dictionary<string, IToken>();
            foreach (var (key, value) in info)
            {
                if (key == WatermarkStamp.MetadataKey.TrimStart('/') && FromText(value is StringToken s ? s.Data : value.ToString() ?? "") is { } fromMeta) return fromMeta;
            }
            foreach (var page in doc.GetPages())
            {
                if (FromText(page.Text) is { } fromText) return fromText;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not a readable PDF: the caller says so.
        }
        return null;
    }

    /// <summary>
    /// When every text mark is gone, the pages are drawn (poppler's pdftoppm, at 100 dpi) and the QR code read from
    /// the pixels. Without pdftoppm on the machine this step finds nothing, and the trace falls back to the typed identifier.
    /// </summary>
    private static async Task<Guid?> FromRenderedPdfAsync(byte[] pdf, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("qalam-trace.");
        try
        {
            var input = Path.Combine(dir.FullName, "leak.pdf");
            await File.WriteAllBytesAsync(input, pdf, ct);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-r", "100", "-png", "-l", "20", input, Path.Combine(dir.FullName, "page") }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync(ct);
            foreach (var png in Directory.GetFiles(dir.FullName, "page*.png").Order())
            {
                using var bitmap = SKBitmap.Decode(png);
                if (bitmap is not null && CopyMark.FromImage(bitmap) is { } id) return id;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // pdftoppm is not installed.
        }
        finally
        {
            dir.Delete(recursive: true);
        }
        return null;
    }

    /// <summary>A bare GUID or the printed form QALAM-COPY-…, anywhere in the text.</summary>
    public static Guid? FromText(string text)
    {
        var m = GuidPattern().Match(text);
        return m.Success && Guid.TryParse(m.Value, out var id) ? id : null;
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
