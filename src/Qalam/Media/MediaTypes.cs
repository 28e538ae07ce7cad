namespace Qalam.Media;

/// <summary>Recognises accepted file types by their leading bytes.</summary>
public static class MediaTypes
{
    public sealed record Kind(string ContentType, string Extension, bool IsImage);

    public static readonly Kind Jpeg = new("image/jpeg", ".jpg", true);
    public static readonly Kind Png = new("image/png", ".png", true);
    public static readonly Kind Gif = new("image/gif", ".gif", true);
    public static readonly Kind Webp = new("image/webp", ".webp", true);
    public static readonly Kind Pdf = new("application/pdf", ".pdf", false);

    public static Kind? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return Jpeg;
        if (b.Length >= 8 && b[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return Png;
        if (b.Length >= 6 && (b[..6].SequenceEqual("GIF87a"u8) || b[..6].SequenceEqual("GIF89a"u8))) return Gif;
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return Webp;
        if (b.Length >= 5 && b[..5].SequenceEqual("%PDF-"u8)) return Pdf;
        return null;
    }

    /// <summary>
    /// True when the content reads as SVG (or any XML that may be one): refused because SVG can carry script,
    /// and people are told to convert it to PNG.
    /// </summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> b)
    {
        var head = System.Text.Encoding.UTF8.GetString(b[..Math.Min(b.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<svg", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<svg", StringComparison.OrdinalIgnoreCase) && head.StartsWith('<');
    }

    /// <summary>The kind whose content type this is, for files already in the library.</summary>
    public static Kind? FromContentType(string contentType) =>
        new[] { Jpeg, Png, Gif, Webp, Pdf }.FirstOrDefault(k => k.ContentType == contentType);
}
