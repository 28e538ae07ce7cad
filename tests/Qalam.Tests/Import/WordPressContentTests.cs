using Qalam.Import;
using static Qalam.Import.WordPressContent;

namespace Qalam.Tests.Import;

public sealed class WordPressContentTests
{
    private static readonly Dictionary<string, MediaRef> ById = new() { ["41"] = new("/media/2026/11/a.jpg", "صورة أ"), ["42"] = new("/media/2026/11/b.jpg", "صورة ب") };
    private static readonly Dictionary<string, MediaRef> ByPath = new() { ["2026/01/photo.jpg"] = new("/media/2026/11/photo.jpg", null) };

    private static Converted Run(string html) =>
        WordPressContent.Convert(html, id => ById.GetValueOrDefault(id), p => ByPath.GetValueOrDefault(p) ?? ByPath.GetValueOrDefault(OriginalOf(p)));

    [Theory]
    [InlineData("<!-- wp:paragraph -->\n<p>فقرة</p>\n<!-- /wp:paragraph -->", "<p>فقرة</p>")]
    [InlineData("<!-- wp:heading {\"level\":3} --><h3>عنوان</h3><!-- /wp:heading -->", "<h3>عنوان</h3>")]
    [InlineData("سطر أول\nسطر ثان\n\nفقرة ثانية", "<p>سطر أول<br />\nسطر ثان</p>\n<p>فقرة ثانية</p>")]
    [InlineData("<ul>\n<li>بند</li>\n</ul>\n\nنص", "<ul>\n<li>بند</li>\n</ul>\n<p>نص</p>")]
    public void Block_comments_go_and_classic_text_gets_paragraphs(string input, string expected) =>
        Assert.Equal(expected, Run(input).Html);

    [Fact]
    public void Caption_becomes_a_figure_with_its_caption()
    {
        var html = Run("[caption id=\"attachment_41\" align=\"alignnone\" width=\"300\"]<img src=\"https://old.example.ly/wp-content/uploads/2026/01/photo-300x200.jpg\" alt=\"\"> افتتاح المقر[/caption]").Html;
        Assert.Equal("<figure class=\"wp-caption\"><img src=\"/media/2026/11/photo.jpg\" alt=\"\"><figcaption>افتتاح المقر</figcaption></figure>", html);
    }

    [Fact]
    public void Gallery_lists_its_images_with_their_alt_text()
    {
        var html = Run("[gallery ids=\"41,42,99\"]").Html;
        Assert.Equal("<figure class=\"gallery\"><ul><li><img src=\"/media/2026/11/a.jpg\" alt=\"صورة أ\" loading=\"lazy\"></li><li><img src=\"/media/2026/11/b.jpg\" alt=\"صورة ب\" loading=\"lazy\"></li></ul></figure>", html);
    }

    [Fact]
    public void Embed_audio_and_video_become_plain_html()
    {
        Assert.Equal("<p class=\"embed\"><a href=\"https://www.youtube.com/watch?v=abc\">https://www.youtube.com/watch?v=abc</a></p>", Run("[embed]https://www.youtube.com/watch?v=abc[/embed]").Html);
        Assert.Equal("<audio controls src=\"https://old.example.ly/a.mp3\"><a href=\"https://old.example.ly/a.mp3\">https://old.example.ly/a.mp3</a></audio>", Run("[audio mp3=\"https://old.example.ly/a.mp3\"][/audio]").Html);
        Assert.StartsWith("<video controls src=\"/media/2026/11/photo.jpg\"", Run("[video src=\"http://old.example.ly/wp-content/uploads/2026/01/photo.jpg\"]").Html);
    }

    [Fact]
    public void Unknown_shortcodes_are_listed_and_left_in_place_while_brackets_in_text_are_not_shortcodes()
    {
        var result = Run("<p>[contact-form-7 id=\"5\"] و [button]اضغط[/button] والمرجع [1] و[ملاحظة]</p>");
        Assert.Equal(["button", "contact-form-7"], result.UnknownShortcodes);
        Assert.Contains("[contact-form-7 id=\"5\"]", result.Html);
    }

    [Theory]
    [InlineData("<img src=\"https://old.example.ly/wp-content/uploads/2026/01/photo.jpg\">", "<img src=\"/media/2026/11/photo.jpg\">")]
    [InlineData("<a href=\"http://www.old.example.ly/wp-content/uploads/2026/01/photo-1024x683.jpg\">", "<a href=\"/media/2026/11/photo.jpg\">")]
    [InlineData("<img src=\"/wp-content/uploads/2026/01/missing.jpg\">", "<img src=\"/wp-content/uploads/2026/01/missing.jpg\">")]
    public void Upload_urls_in_any_form_point_at_the_new_media(string input, string expected) =>
        Assert.Equal(expected, RewriteUploads(input, p => ByPath.GetValueOrDefault(p) ?? ByPath.GetValueOrDefault(OriginalOf(p))));
}
