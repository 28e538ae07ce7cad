using SkiaSharp;
using UglyToad.PdfPig.Writer;

namespace Qalam.Fuzz;

/// <summary>The smallest real files of each accepted type, made the way the tests make theirs.</summary>
public static class Seeds
{
    public static int Write(string dir)
    {
        var upload = Directory.CreateDirectory(Path.Combine(dir, "upload")).FullName;
        File.WriteAllBytes(Path.Combine(upload, "tiny.jpg"), Image(SKEncodedImageFormat.Jpeg));
        File.WriteAllBytes(Path.Combine(upload, "tiny.png"), Image(SKEncodedImageFormat.Png));
        File.WriteAllBytes(Path.Combine(upload, "tiny.webp"), Image(SKEncodedImageFormat.Webp));
        // Two frames with a loop count and a comment, as in GifCleanerTests.
        byte[] gif = [.. "GIF89a"u8, 2, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255, 0x21, 0xFE, 3, .. "GPS"u8, 0,
            0x21, 0xFF, 11, .. "NETSCAPE2.0"u8, 3, 1, 0, 0, 0, 0x21, 0xF9, 4, 0, 10, 0, 0, 0, 0x2C, 0, 0, 0, 0, 2, 0, 1, 0, 0, 2, 2, 0x44, 0x0A, 0,
            0x21, 0xF9, 4, 0, 10, 0, 0, 0, 0x2C, 0, 0, 0, 0, 2, 0, 1, 0, 0, 2, 2, 0x44, 0x0A, 0, 0x3B];
        File.WriteAllBytes(Path.Combine(upload, "two-frames.gif"), gif);
        var pdf = Directory.CreateDirectory(Path.Combine(dir, "pdf")).FullName;
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A6).AddText("Confidential", 12, new UglyToad.PdfPig.Core.PdfPoint(20, 200), font);
        File.WriteAllBytes(Path.Combine(pdf, "one-page.pdf"), builder.Build());
        return 0;
    }

    private static byte[] Image(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(4, 3);
        bitmap.Erase(new SKColor(0x1c, 0x5d, 0x99));
        bitmap.SetPixel(0, 0, SKColors.White);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 80);
        return data.ToArray();
    }
}
