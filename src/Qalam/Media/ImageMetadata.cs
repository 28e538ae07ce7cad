using System.Buffers.Binary;

namespace Qalam.Media;

/// <summary>
/// Finds EXIF blocks (where cameras and phones write GPS location) in JPEG, PNG and WebP files, without decoding them.
/// Used to check that what the library stores carries none.
/// </summary>
public static class ImageMetadata
{
    public static bool HasExif(ReadOnlySpan<byte> file)
    {
        var kind = MediaTypes.Sniff(file);
        if (kind == MediaTypes.Jpeg) return JpegHasExif(file);
        if (kind == MediaTypes.Png) return PngHasChunk(file, "eXIf"u8);
        if (kind == MediaTypes.Webp) return WebpHasChunk(file, "EXIF"u8);
        return false;
    }

    private static bool JpegHasExif(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 4 <= b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            if (marker == 0xD8 || marker is >= 0xD0 and <= 0xD7 || marker == 0x01) { i += 2; continue; }
            if (marker == 0xDA || marker == 0xD9) return false; // image data starts: no more metadata segments
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            var payload = b.Slice(i + 4, Math.Max(0, Math.Min(length - 2, b.Length - i - 4)));
            if (marker == 0xE1 && payload.StartsWith("Exif\0"u8)) return true;
            i += 2 + length;
        }
        return false;
    }

    private static bool PngHasChunk(ReadOnlySpan<byte> b, ReadOnlySpan<byte> type)
    {
        var i = 8;
        while (i + 8 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b[i..]);
            if (b.Slice(i + 4, 4).SequenceEqual(type)) return true;
            if (length > int.MaxValue - 12 - i) return false;
            i += 12 + (int)length;
        }
        return false;
    }

    private static bool WebpHasChunk(ReadOnlySpan<byte> b, ReadOnlySpan<byte> type)
    {
        var i = 12;
        while (i + 8 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(b[(i + 4)..]);
            if (b.Slice(i, 4).SequenceEqual(type)) return true;
            if (length > int.MaxValue - 9 - i) return false;
            i += 8 + (int)length + (int)(length & 1);
        }
        return false;
    }
}
