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
}
