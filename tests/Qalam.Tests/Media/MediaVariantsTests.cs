using Qalam.Media;

namespace Qalam.Tests.Media;

public sealed class MediaVariantsTests
{
    [Theory]
    [InlineData(300, "")]
    [InlineData(320, "")]
    [InlineData(321, "320")]
    [InlineData(1024, "320,640")]
    [InlineData(1600, "320,640,1024")]
    [InlineData(4000, "320,640,1024,1600")]
    public void Variants_are_made_only_at_widths_smaller_than_the_original(int width, string expected) =>
        Assert.Equal(expected, MediaVariants.Format(MediaVariants.WidthsFor(width)));

    [Fact]
    public void A_jpeg_has_jpeg_and_webp_variants_beside_it()
    {
        var variants = MediaVariants.Of("2026/11/ورشة-العمل.jpg", "image/jpeg", "320,640");
        Assert.Equal(
            [("2026/11/ورشة-العمل.320.jpg", "image/jpeg"), ("2026/11/ورشة-العمل.640.jpg", "image/jpeg"),
             ("2026/11/ورشة-العمل.320.webp", "image/webp"), ("2026/11/ورشة-العمل.640.webp", "image/webp")],
            variants.Select(v => (v.StoragePath, v.ContentType)));
        Assert.Equal("/media/2026/11/%D9%88%D8%B1%D8%B4%D8%A9-%D8%A7%D9%84%D8%B9%D9%85%D9%84.320.jpg", variants[0].Url);
    }

    [Theory]
    [InlineData("image/webp", "2026/11/a.320.webp")]
    [InlineData("image/gif", "2026/11/a.320.webp")]
    public void Webp_and_gif_originals_have_webp_variants_only(string contentType, string expected) =>
        Assert.Equal([expected], MediaVariants.Of("2026/11/a" + (contentType == "image/gif" ? ".gif" : ".webp"), contentType, "320").Select(v => v.StoragePath));

    [Fact]
    public void Documents_have_no_variants() => Assert.Empty(MediaVariants.Of("2026/11/report.pdf", "application/pdf", "320"));

    [Theory]
    [InlineData("2026/11/photo.640.webp", "2026/11/photo", 640)]
    [InlineData("2026/11/صورة-2.1600.jpg", "2026/11/صورة-2", 1600)]
    public void A_variant_path_names_its_original_and_width(string path, string stem, int width) =>
        Assert.Equal((stem, width), MediaVariants.ParseVariantPath(path));

    [Theory]
    [InlineData("2026/11/photo.jpg")]
    [InlineData("2026/11/photo.x.jpg")]
    [InlineData("2026/11.5/photo")]
    [InlineData("photo")]
    public void Other_paths_are_not_variants(string path) => Assert.Null(MediaVariants.ParseVariantPath(path));

    [Fact]
    public void Srcset_lists_one_type_smallest_first_then_the_original()
    {
        var variants = MediaVariants.Of("2026/11/a.png", "image/png", "640,320");
        Assert.Equal("/media/2026/11/a.320.png 320w, /media/2026/11/a.640.png 640w, /media/2026/11/a.png 900w",
            MediaVariants.Srcset(variants, "image/png", "/media/2026/11/a.png", 900));
        Assert.Equal("/media/2026/11/a.320.webp 320w, /media/2026/11/a.640.webp 640w", MediaVariants.Srcset(variants, "image/webp"));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("640, 320,x,-5", "320,640")]
    public void Stored_widths_are_read_forgivingly(string? stored, string expected) =>
        Assert.Equal(expected, MediaVariants.Format(MediaVariants.Parse(stored)));
}
