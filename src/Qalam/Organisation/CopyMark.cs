using PdfSharp.Drawing;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using ZXing.QrCode.Internal;

namespace Qalam.Organisation;

/// <summary>
/// The copy's identifier as a QR code drawn into each page's own content. Text can be deleted or re-typeset and
/// metadata blanked, but the code is part of what the page looks like: it survives re-saving, re-distilling,
/// printing and a screenshot, and is read back from pixels.
/// </summary>
public static class CopyMark
{
    /// <summary>The QR payload: the identifier as printed, in the QR alphanumeric set so the code stays small.</summary>
    public static string Payload(Guid copyId) => "QALAM-COPY-" + copyId.ToString("D").ToUpperInvariant();

    /// <summary>Draws the code with its top-left corner at (x, y), <paramref name="size"/> points wide.</summary>
    public static void Draw(XGraphics gfx, Guid copyId, double x, double y, double size)
    {
        var matrix = Encode(copyId);
        var module = size / matrix.Width;
        // A white quiet zone, so the code reads on any page background.
        gfx.DrawRectangle(XBrushes.White, x - module * 2, y - module * 2, size + module * 4, size + module * 4);
        for (var row = 0; row < matrix.Height; row++)
        {
            for (var col = 0; col < matrix.Width; col++)
            {
                if (matrix[col, row]) gfx.DrawRectangle(XBrushes.Black, x + col * module, y + row * module, module, module);
            }
        }
    }

    /// <summary>The same code in an image's pixels, whole modules only so it stays sharp.</summary>
    public static void Draw(SKCanvas canvas, Guid copyId, int x, int y, int size)
    {
        var matrix = Encode(copyId);
        var module = Math.Max(1, size / matrix.Width);
        using var white = new SKPaint { Color = SKColors.White };
        using var black = new SKPaint { Color = SKColors.Black };
        canvas.DrawRect(x - module * 2, y - module * 2, module * (matrix.Width + 4), module * (matrix.Height + 4), white);
        for (var row = 0; row < matrix.Height; row++)
        {
            for (var col = 0; col < matrix.Width; col++)
            {
                if (matrix[col, row]) canvas.DrawRect(x + col * module, y + row * module, module, module, black);
            }
        }
    }

    /// <summary>The copy identifier of the code found in an image found in an image (a screenshot, a scan, a rendered page).</summary>
    public static Guid? FromImage(SKBitmap bitmap)
    {
        var gray = new byte[bitmap.Width * bitmap.Height];
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = pixels[i];
            gray[i] = (byte)((p.Red * 299 + p.Green * 587 + p.Blue * 114) / 1000);
        }
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        var result = reader.Decode(new RGBLuminanceSource(gray, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8));
        return result is null ? null : LeakTrace.FromText(result.Text);
    }

    private static BitMatrix Encode(Guid copyId) => new QRCodeWriter().encode(Payload(copyId), BarcodeFormat.QR_CODE, 0, 0,
        new Dictionary<EncodeHintType, object> { [EncodeHintType.ERROR_CORRECTION] = ErrorCorrectionLevel.M, [EncodeHintType.MARGIN] = 0 });
}
