using System.Text;
using Qalam.Media;
using SkiaSharp;

namespace Qalam.Tests.Media;

public sealed class GifCleanerTests
{
    // A 2×1 two-frame GIF: header, screen descriptor with a 2-colour table (black, white), then blocks.
    private static readonly byte[] Head = [.. "GIF89a"u8, 2, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255];
    private static readonly byte[] Loop = [0x21, 0xFF, 11, .. "NETSCAPE2.0"u8, 3, 1, 0, 0, 0];
    private static readonly byte[] Timing = [0x21, 0xF9, 4, 0, 10, 0, 0, 0];
    private static readonly byte[] Frame = [0x2C, 0, 0, 0, 0, 2, 0, 1, 0, 0, 2, 2, 0x44, 0x0A, 0];
    private static readonly byte[] Comment = [0x21, 0xFE, 14, .. "GPS 32.9,13.18"u8, 0];
    private static readonly byte[] Xmp = [0x21, 0xFF, 11, .. "XMP DataXMP"u8, 9, .. "<x:xmpmeta"u8[..9], 0];
    private static readonly byte[] Appended = "<?php system($_GET[0]); ?>"u8.ToArray();

    [Fact]
    public void Comments_application_blocks_and_appended_bytes_are_dropped()
    {
        byte[] dirty = [.. Head, .. Comment, .. Loop, .. Xmp, .. Timing, .. Frame, .. Timing, .. Frame, 0x3B, .. Appended];
        var clean = GifCleaner.Clean(dirty);
        var text = Encoding.Latin1.GetString(clean);
        Assert.DoesNotContain("GPS", text);
        Assert.DoesNotContain("XMP", text);
        Assert.DoesNotContain("php", text);
        Assert.Equal(0x3B, clean[^1]);
        Assert.Equal([.. Head, .. Loop, .. Timing, .. Frame, .. Timing, .. Frame, 0x3B], clean);
    }

    [Fact]
    public void The_cleaned_gif_still_decodes_with_its_frames_and_loop()
    {
        byte[] dirty = [.. Head, .. Comment, .. Loop, .. Timing, .. Frame, .. Timing, .. Frame, 0x3B, .. Appended];
        using var codec = SKCodec.Create(new MemoryStream(GifCleaner.Clean(dirty)));
        Assert.Equal(2, codec.FrameCount);
        Assert.Equal(-1, codec.RepetitionCount); // the loop block kept: repeat forever
        using var after = SKBitmap.Decode(GifCleaner.Clean(dirty));
        Assert.Equal((2, 1), (after.Width, after.Height));
    }

    [Fact]
    public void An_uploaded_gif_is_stored_cleaned()
    {
        byte[] dirty = [.. Head, .. Comment, .. Timing, .. Frame, 0x3B, .. Appended];
        var stored = ImageProcessor.Process(dirty, MediaTypes.Gif, 1_000_000).Original;
        Assert.Equal([.. Head, .. Timing, .. Frame, 0x3B], stored);
    }

    [Fact]
    public void A_truncated_gif_is_refused_as_unreadable()
    {
        byte[] truncated = [.. Head, .. Timing, .. Frame[..8]];
        var e = Assert.Throws<MediaRejectedException>(() => GifCleaner.Clean(truncated));
        Assert.Equal(MediaRejection.Unreadable, e.Reason);
    }
}
