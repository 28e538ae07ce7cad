using SkiaSharp;
using Qalam.Organisation;

namespace Qalam.Sharing;

/// <summary>The words drawn on a card, already in the post's language.</summary>
public sealed record ShareCardText(string Title, string Kind, string SiteName, bool RightToLeft);

/// <summary>
/// Draws a share card (1200×630, the size Open Graph and X ask for): the kind of post in the site's colour at the top,
/// the title large in the middle, the logo and the organisation's name at the foot. Laid out from the right for Arabic,
/// from the left for English; the text shaped by <see cref="ShapedText"/>, as in the statement PDF.
/// </summary>
public static class ShareCardImage
{
    private const float Margin = 80, TitleTop = 136, TitleBottom = 500, FootTop = 522, LogoHeight = 64, LogoMaxWidth = 220;

    // The site's accent (site.css --accent): 7.8:1 against white, either way round; the title near-black on white, 16:1.
    private static readonly SKColor Brand = new(0x0b, 0x5d, 0x4b);
    private static readonly SKColor Ink = new(0x1c, 0x1d, 0x1f);
    private static readonly SKColor Surface = new(0xf2, 0xf6, 0xf4);

    /// <summary>Where the title may be drawn, for checking that a card is not blank.</summary>
    public static SKRectI TitleArea => SKRectI.Create((int)Margin, (int)TitleTop, ShareCard.Width - 2 * (int)Margin, (int)(TitleBottom - TitleTop));

    public static byte[] Render(ShareCardText card, SKImage? logo)
    {
        using var surface = SKSurface.Create(new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { IsAntialias = true };
        using var bold = new ShapedText(bold: true);

        paint.Color = Brand;
        canvas.DrawRect(0, 0, ShareCard.Width, 12, paint);
        paint.Color = Surface;
        canvas.DrawRect(0, FootTop, ShareCard.Width, ShareCard.Height - FootTop, paint);

        DrawKind(canvas, bold, paint, card);
        DrawTitle(canvas, bold, paint, card);
        DrawFoot(canvas, bold, paint, card, logo);

        using var pixels = surface.PeekPixels();
        // Opaque, so stored as RGB; the Sub filter encodes a card about three times faster than trying every filter,
        // for a file a few per cent larger.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6)) ?? throw new InvalidOperationException("The card could not be encoded.");
        return png.ToArray();
    }

    /// <summary>Where a line starts: the right margin for Arabic, the left for English, moved in by an indent.</summary>
    private static float Start(bool rtl, float indent = 0) => rtl ? ShareCard.Width - Margin - indent : Margin + indent;

    private static void DrawKind(SKCanvas canvas, ShapedText text, SKPaint paint, ShareCardText card)
    {
        const float size = 30, height = 58, top = 52, padding = 26;
        var width = text.Measure(card.Kind, size, card.RightToLeft) + 2 * padding;
        var left = card.RightToLeft ? ShareCard.Width - Margin - width : Margin;
        paint.Color = Brand;
        canvas.DrawRoundRect(new SKRect(left, top, left + width, top + height), height / 2, height / 2, paint);
        paint.Color = SKColors.White;
        text.DrawLine(canvas, card.Kind, Start(card.RightToLeft, padding), Baseline(top, height, size), size, paint, card.RightToLeft);
    }

    private static void DrawTitle(SKCanvas canvas, ShapedText text, SKPaint paint, ShareCardText card)
    {
        var fitted = ShareCardTitle.Fit(text, card.Title, ShareCard.Width - 2 * Margin, card.RightToLeft);
        var line = fitted.Size * ShareCardTitle.LineHeight;
        // The block sits in the middle of the title area; a short title is not left hanging under the kind.
        var top = TitleTop + (TitleBottom - TitleTop - line * fitted.Lines.Count) / 2;
        paint.Color = Ink;
        canvas.Save();
        canvas.ClipRect(SKRect.Create(0, TitleTop - 24, ShareCard.Width, TitleBottom - TitleTop + 48));
        foreach (var l in fitted.Lines)
        {
            text.DrawLine(canvas, l, Start(card.RightToLeft), Baseline(top, line, fitted.Size), fitted.Size, paint, card.RightToLeft);
            top += line;
        }
        canvas.Restore();
    }

    private static void DrawFoot(SKCanvas canvas, ShapedText text, SKPaint paint, ShareCardText card, SKImage? logo)
    {
        var middle = (FootTop + ShareCard.Height) / 2f;
        var indent = 0f;
        if (logo is not null)
        {
            var scale = Math.Min(LogoHeight / logo.Height, LogoMaxWidth / logo.Width);
            var (w, h) = (logo.Width * scale, logo.Height * scale);
            var left = card.RightToLeft ? ShareCard.Width - Margin - w : Margin;
            canvas.DrawImage(logo, SKRect.Create(left, middle - h / 2, w, h), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
            indent = w + 24;
        }
        // A long name steps down in size rather than running off the card.
        var room = ShareCard.Width - 2 * Margin - indent;
        var size = 36f;
        while (size > 22 && text.Measure(card.SiteName, size, card.RightToLeft) > room) size -= 2;
        paint.Color = Brand;
        canvas.Save();
        canvas.ClipRect(SKRect.Create(Margin, FootTop, ShareCard.Width - 2 * Margin, ShareCard.Height - FootTop));
        text.DrawLine(canvas, card.SiteName, Start(card.RightToLeft, indent), Baseline(middle - size, 2 * size, size), size, paint, card.RightToLeft);
        canvas.Restore();
    }

    /// <summary>The baseline that centres a line's letters in a box: Arabic letters sit mostly above it, with marks below.</summary>
    private static float Baseline(float top, float height, float size) => top + height / 2 + size * 0.3f;
}
