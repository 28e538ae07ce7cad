using System.Text;
using Qalam.Media;

namespace Qalam.Tests.Media;

public sealed class MediaTypesTests
{
    public static TheoryData<string, byte[], string?> Files => new()
    {
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "image/jpeg" },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "image/png" },
        { "GIF89a", Encoding.ASCII.GetBytes("GIF89a\x01\x00"), "image/gif" },
        { "WebP", Encoding.ASCII.GetBytes("RIFF\x10\x00\x00\x00WEBPVP8 "), "image/webp" },
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n"), "application/pdf" },
        { "PHP named .jpg", Encoding.UTF8.GetBytes("<?php echo 'صورة'; ?>"), null },
        { "HTML named .jpg", Encoding.UTF8.GetBytes("<!doctype html><title>صورة</title>"), null },
        { "SVG", Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'/>"), null },
        { "RIFF that is not WebP (WAV)", Encoding.ASCII.GetBytes("RIFF\x10\x00\x00\x00WAVEfmt "), null },
        { "two bytes of JPEG", [0xFF, 0xD8], null },
        { "empty", [], null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Sniff_decides_by_the_leading_bytes(string _, byte[] content, string? expected) =>
        Assert.Equal(expected, MediaTypes.Sniff(content)?.ContentType);

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", true)]
    [InlineData("\uFEFF  <?xml version=\"1.0\"?><svg/>", true)]
    [InlineData("<!-- شعار --><svg viewBox=\"0 0 1 1\"/>", true)]
    [InlineData("<?php echo 1; ?>", false)]
    [InlineData("%PDF-1.4", false)]
    [InlineData("نص عادي", false)]
    public void Svg_is_recognised_so_its_refusal_can_say_what_to_do(string content, bool isSvg) =>
        Assert.Equal(isSvg, MediaTypes.LooksLikeSvg(Encoding.UTF8.GetBytes(content)));
}
