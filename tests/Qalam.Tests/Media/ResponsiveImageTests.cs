using Qalam.Media;

namespace Qalam.Tests.Media;

public sealed class ResponsiveImageTests
{
    [Fact]
    public void A_jpeg_with_variants_renders_a_picture_with_webp_first()
    {
        var image = new ResponsiveImage("2026/11/cover.jpg", "image/jpeg", 1200, 800, "320,640", "غلاف \"التقرير\"");
        Assert.Equal(
            "<picture><source type=\"image/webp\" srcset=\"/media/2026/11/cover.320.webp 320w, /media/2026/11/cover.640.webp 640w\" sizes=\"100vw\">" +
            "<img src=\"/media/2026/11/cover.jpg\" srcset=\"/media/2026/11/cover.320.jpg 320w, /media/2026/11/cover.640.jpg 640w, /media/2026/11/cover.jpg 1200w\" sizes=\"100vw\"" +
            " width=\"1200\" height=\"800\" alt=\"غلاف &quot;التقرير&quot;\" class=\"featured\" fetchpriority=\"high\" decoding=\"async\"></picture>",
            Html(image.Render(sizes: "100vw", cssClass: "featured", eager: true)));
    }

    [Fact]
    public void A_small_image_renders_a_plain_lazy_img()
    {
        var image = new ResponsiveImage("2026/11/icon.png", "image/png", 200, 100, null, "أيقونة");
        Assert.Equal("<picture><img src=\"/media/2026/11/icon.png\" width=\"200\" height=\"100\" alt=\"أيقونة\" loading=\"lazy\" decoding=\"async\"></picture>", Html(image.Render()));
    }

    [Fact]
    public void A_webp_original_needs_no_separate_source()
    {
        var html = Html(new ResponsiveImage("2026/11/a.webp", "image/webp", 800, 600, "320,640", "أ").Render(alt: "بديل"));
        Assert.DoesNotContain("<source", html);
        Assert.Contains("srcset=\"/media/2026/11/a.320.webp 320w, /media/2026/11/a.640.webp 640w, /media/2026/11/a.webp 800w\"", html);
        Assert.Contains("alt=\"بديل\"", html);
    }

    [Fact]
    public void Body_images_from_the_library_get_srcset_and_others_are_untouched()
    {
        var images = new Dictionary<string, ResponsiveImage>
        {
            ["2026/11/صورة.png"] = new("2026/11/صورة.png", "image/png", 700, 350, "320,640", "مخطط"),
        };
        var html = """<p>نص</p><img src="/media/2026/11/%D8%B5%D9%88%D8%B1%D8%A9.png"><img src="/media/2026/11/other.png" alt="x"><img src="https://example.org/a.png" alt="y">""";
        var result = MediaHtml.AddSrcset(html, images);
        Assert.Equal(
            """<p>نص</p><img src="/media/2026/11/%D8%B5%D9%88%D8%B1%D8%A9.png" srcset="/media/2026/11/%D8%B5%D9%88%D8%B1%D8%A9.320.png 320w, /media/2026/11/%D8%B5%D9%88%D8%B1%D8%A9.640.png 640w, /media/2026/11/%D8%B5%D9%88%D8%B1%D8%A9.png 700w" sizes="(min-width: 46rem) 42rem, calc(100vw - 2rem)" width="700" height="350" loading="lazy" alt="مخطط"><img src="/media/2026/11/other.png" alt="x"><img src="https://example.org/a.png" alt="y">""",
            result);
    }

    [Theory]
    [InlineData("/media/2026/11/a.jpg", "2026/11/a.jpg")]
    [InlineData("/media/2026/11/%D8%A3.jpg?x=1", "2026/11/أ.jpg")]
    [InlineData("/media/../qalam.db", null)]
    [InlineData("https://example.org/media/a.jpg", null)]
    [InlineData("/uploads/a.jpg", null)]
    public void Library_addresses_are_recognised(string src, string? expected) => Assert.Equal(expected, MediaHtml.StoragePathOf(src));

    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
