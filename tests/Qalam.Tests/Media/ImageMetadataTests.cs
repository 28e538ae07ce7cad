using Qalam.Media;

namespace Qalam.Tests.Media;

public sealed class ImageMetadataTests
{
    private static readonly byte[] Soi = [0xFF, 0xD8];
    private static readonly byte[] Jfif = [0xFF, 0xE0, 0x00, 0x07, .. "JFIF\0"u8];
    private static readonly byte[] Exif = [0xFF, 0xE1, 0x00, 0x0C, .. "Exif\0\0"u8, .. "MM\0*"u8];
    private static readonly byte[] Xmp = [0xFF, 0xE1, 0x00, 0x0C, .. "http:/"u8, .. "/ns.a"u8, 0x00];
    private static readonly byte[] ScanWithExifText = [0xFF, 0xDA, 0x00, 0x02, .. "Exif\0\0"u8, 0xFF, 0xD9];

    public static TheoryData<string, byte[], bool> Files => new()
    {
        { "JPEG with an Exif APP1 after SOI", [.. Soi, .. Exif, .. ScanWithExifText], true },
        { "JPEG with JFIF, then Exif", [.. Soi, .. Jfif, .. Exif, .. ScanWithExifText], true },
        { "JPEG with JFIF only", [.. Soi, .. Jfif, .. ScanWithExifText], false },
        { "JPEG with an XMP APP1, not Exif", [.. Soi, .. Xmp, .. ScanWithExifText], false },
        { "PNG with an eXIf chunk", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 4, .. "eXIf"u8, 1, 2, 3, 4, 0, 0, 0, 0], true },
        { "PNG without one", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, .. "IEND"u8, 0, 0, 0, 0], false },
        { "WebP with an EXIF chunk", [.. "RIFF"u8, 20, 0, 0, 0, .. "WEBP"u8, .. "VP8X"u8, 0, 0, 0, 0, .. "EXIF"u8, 2, 0, 0, 0, 1, 2], true },
        { "WebP without one", [.. "RIFF"u8, 12, 0, 0, 0, .. "WEBP"u8, .. "VP8 "u8, 0, 0, 0, 0], false },
        { "a PDF", "%PDF-1.4 Exif\0\0"u8.ToArray(), false },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Exif_is_found_where_cameras_write_it_and_only_there(string _, byte[] file, bool expected) =>
        Assert.Equal(expected, ImageMetadata.HasExif(file));

    [Fact]
    public void A_truncated_segment_length_does_not_throw() =>
        Assert.False(ImageMetadata.HasExif([.. Soi, 0xFF, 0xE0, 0xFF, 0xFF, 0x00]));
}
