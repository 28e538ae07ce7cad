namespace Qalam.Media;

/// <summary>
/// Rewrites a GIF keeping only what draws it: the header, colour tables, frames with their timing, and the loop count.
/// Comments, XMP and other application blocks, plain-text blocks and anything after the trailer are dropped, so the
/// file carries no hidden data. Re-encoding would lose the animation; walking the block structure keeps it.
/// </summary>
public static class GifCleaner
{
    private const byte Extension = 0x21, ImageDescriptor = 0x2C, Trailer = 0x3B;
    private const byte GraphicControl = 0xF9, Application = 0xFF;

    public static byte[] Clean(byte[] gif)
    {
        try
        {
            return Walk(gif);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new MediaRejectedException(MediaRejection.Unreadable);
        }
    }

    private static byte[] Walk(byte[] gif)
    {
        using var output = new MemoryStream(gif.Length);
        // Header (6) and logical screen descriptor (7), then the global colour table if the flag says so.
        var pos = 13 + ColourTableLength(gif[10]);
        output.Write(gif, 0, pos);
        while (true)
        {
            var block = gif[pos];
            if (block == Trailer)
            {
                output.WriteByte(Trailer);
                return output.ToArray();
            }
            if (block == ImageDescriptor)
            {
                var start = pos;
                pos += 10 + ColourTableLength(gif[pos + 9]);
                pos++; // LZW minimum code size
                pos = SkipSubBlocks(gif, pos);
                output.Write(gif, start, pos - start);
            }
            else if (block == Extension)
            {
                var start = pos;
                var label = gif[pos + 1];
                pos = SkipSubBlocks(gif, pos + 2);
                if (label == GraphicControl || (label == Application && IsLoopCount(gif, start))) output.Write(gif, start, pos - start);
            }
            else
            {
                throw new MediaRejectedException(MediaRejection.Unreadable);
            }
        }
    }

    private static int ColourTableLength(byte flags) => (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1));

    private static int SkipSubBlocks(byte[] gif, int pos)
    {
        while (gif[pos] != 0) pos += gif[pos] + 1;
        return pos + 1;
    }

    /// <summary>The NETSCAPE2.0 (or ANIMEXTS1.0) block that says how often an animation repeats.</summary>
    private static bool IsLoopCount(byte[] gif, int start) =>
        gif[start + 2] == 11 && (gif.AsSpan(start + 3, 11).SequenceEqual("NETSCAPE2.0"u8) || gif.AsSpan(start + 3, 11).SequenceEqual("ANIMEXTS1.0"u8));
}
