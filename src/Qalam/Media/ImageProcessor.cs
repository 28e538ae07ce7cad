using SkiaSharp;

namespace Qalam.Media;

/// <summary>An image made safe to publish: re-encoded without metadata, upright, with its resized variants.</summary>
public sealed record ProcessedImage(byte[] Original, int Width, int Height, IReadOnlyList<EncodedVariant> Variants);

public sealed record EncodedVariant(int Width, MediaTypes.Kind Kind, byte[] Bytes);

/// <summary>
/// Decodes and re-encodes uploaded images with SkiaSharp. The header is read first, so an image that declares
/// more pixels than allowed (a decompression bomb: huge dimensions in a small file) is refused before decoding.
/// Re-encoding drops every metadata block (EXIF, GPS location, comments); the EXIF orientation is applied first.
/// GIFs are rewritten block by block instead (<see cref="GifCleaner"/>).
/// </summary>
public static class ImageProcessor
{
    private const int JpegQuality = 85;
    private const int WebpQuality = 80;

    public static ProcessedImage Process(byte[] bytes, MediaTypes.Kind kind, long maxPixels)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new MediaRejectedException(MediaRejection.Unreadable);
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0) throw new MediaRejectedException(MediaRejection.Unreadable);
        if ((long)info.Width * info.Height > maxPixels) throw new MediaRejectedException(MediaRejection.ImageTooLarge);

        using var decoded = Decode(codec);
        using var upright = Orient(decoded, codec.EncodedOrigin);
        // A GIF keeps its frames (re-encoding would flatten the animation) but loses every block that is not a picture.
        var original = kind == MediaTypes.Gif ? GifCleaner.Clean(bytes) : Encode(upright, kind);
        if (ImageMetadata.HasExif(original)) throw new InvalidOperationException("Re-encoded image still carries EXIF.");
        var variants = new List<EncodedVariant>();
        foreach (var width in MediaVariants.WidthsFor(upright.Width))
        {
            var height = Math.Max(1, (int)Math.Round((double)upright.Height * width / upright.Width));
            using var resized = upright.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell))
                ?? throw new MediaRejectedException(MediaRejection.Unreadable);
            foreach (var format in MediaVariants.FormatsFor(kind.ContentType))
            {
                variants.Add(new EncodedVariant(width, format, Encode(resized, format)));
            }
        }
        return new ProcessedImage(original, upright.Width, upright.Height, variants);
    }

    private static SKBitmap Decode(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        // A truncated file decodes partially; what arrived is kept, anything worse is refused.
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new MediaRejectedException(MediaRejection.Unreadable);
        }
        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap, MediaTypes.Kind kind)
    {
        var (format, quality) = kind.ContentType switch
        {
            "image/jpeg" => (SKEncodedImageFormat.Jpeg, JpegQuality),
            "image/png" => (SKEncodedImageFormat.Png, 100),
            _ => (SKEncodedImageFormat.Webp, WebpQuality),
        };
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format, quality) ?? throw new MediaRejectedException(MediaRejection.Unreadable);
        return encoded.ToArray();
    }

    /// <summary>Turns the pixels upright as the EXIF orientation says, since the orientation tag is dropped with the rest.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft) return source.Copy();
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swap ? (source.Height, source.Width) : (source.Width, source.Height);
        var target = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        canvas.SetMatrix(OriginMatrix(origin, source.Width, source.Height));
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        canvas.Flush();
        return target;
    }

    // Maps the stored pixels (w × h) onto the upright canvas, per the EXIF orientation values 2–8.
    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
