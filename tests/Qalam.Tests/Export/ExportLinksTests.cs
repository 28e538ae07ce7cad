using System.Text;
using Qalam.Export;

namespace Qalam.Tests.Export;

public sealed class ExportLinksTests
{
    private static (string Text, List<string> Found) Rewrite(ExportTarget target, string text, ExportLinks.Kind kind)
    {
        var found = new List<string>();
        var bytes = new ExportLinks(target).Rewrite(Encoding.UTF8.GetBytes(text), kind, found.Add);
        return (Encoding.UTF8.GetString(bytes), found);
    }

    private static readonly ExportTarget UnderPath = ExportTarget.For(new Uri("https://example.org/site/"), "http://127.0.0.1:5123", "https://example.org");
    private static readonly ExportTarget AtRoot = ExportTarget.For(new Uri("https://example.org/"), "http://127.0.0.1:5123", "https://example.org");

    [Theory]
    [InlineData("""<a href="/">""", """<a href="/site/">""")]
    [InlineData("""<a rel="next" href="/tag/%D8%A3?page=2">""", """<a rel="next" href="/site/tag/%D8%A3/page/2/">""")]
    [InlineData("""<link rel="alternate" href="/feed">""", """<link rel="alternate" href="/site/feed.xml">""")]
    [InlineData("""<img src="/media/a.jpg" srcset="/media/a-480.webp 480w, /media/a-960.webp 960w">""",
        """<img src="/site/media/a.jpg" srcset="/site/media/a-480.webp 480w, /site/media/a-960.webp 960w">""")]
    [InlineData("""<form action="/search">""", """<form action="/site/search">""")]
    [InlineData("""<link rel="canonical" href="https://example.org/author/salma?page=2">""", """<link rel="canonical" href="https://example.org/site/author/salma/page/2/">""")]
    [InlineData("""<meta property="og:url" content="http://127.0.0.1:5123/x">""", """<meta property="og:url" content="https://example.org/site/x">""")]
    [InlineData("""{"url":"https://example.org"}""", """{"url":"https://example.org/site"}""")]
    [InlineData("""<a href="https://example.org.evil.test/x">""", """<a href="https://example.org.evil.test/x">""")] // another host
    [InlineData("""<a href="//cdn.test/x.js" data-src="/keep">""", """<a href="//cdn.test/x.js" data-src="/keep">""")]
    [InlineData("""<p>href="/x" in text is escaped by Razor, so it never looks like this</p>""", """<p>href="/x" in text is escaped by Razor, so it never looks like this</p>""")]
    public void Html_links_get_the_base_path_and_the_export_shapes(string html, string expected) =>
        Assert.Equal(expected, Rewrite(UnderPath, html, ExportLinks.Kind.Html).Text);

    [Fact]
    public void At_the_root_only_pagination_and_feeds_change()
    {
        const string html = """<a href="/x">x</a> <a href="/?page=2">2</a> <link href="/feed/atom"> <link rel="canonical" href="https://example.org/x">""";
        Assert.Equal("""<a href="/x">x</a> <a href="/page/2/">2</a> <link href="/feed/atom.xml"> <link rel="canonical" href="https://example.org/x">""",
            Rewrite(AtRoot, html, ExportLinks.Kind.Html).Text);
    }

    [Fact]
    public void Feeds_and_sitemaps_get_the_base_url_and_report_every_address()
    {
        const string xml = """<rss><channel><link>https://example.org/</link><atom:link href="https://example.org/feed" /><item><link>https://example.org/%D8%A8</link><description>&lt;a href="https://example.org/a?page=2&amp;x=1"&gt;</description></item></channel></rss>""";
        var (text, found) = Rewrite(UnderPath, xml, ExportLinks.Kind.Text);
        Assert.Equal("""<rss><channel><link>https://example.org/site/</link><atom:link href="https://example.org/site/feed.xml" /><item><link>https://example.org/site/%D8%A8</link><description>&lt;a href="https://example.org/site/a?page=2&amp;x=1"&gt;</description></item></channel></rss>""", text);
        Assert.Equal(["/", "/feed", "/%D8%A8", "/a?page=2&x=1"], found);
    }

    [Fact]
    public void Stylesheets_get_the_base_path_in_url()
    {
        var (text, found) = Rewrite(UnderPath, """@font-face { src: url("/fonts/a.woff2") } .x { background: url(/media/b.png) }""", ExportLinks.Kind.Css);
        Assert.Equal("""@font-face { src: url("/site/fonts/a.woff2") } .x { background: url(/site/media/b.png) }""", text);
        Assert.Equal(["/fonts/a.woff2", "/media/b.png"], found);
    }

    [Fact]
    public void Unchanged_text_is_returned_as_the_same_bytes()
    {
        var body = Encoding.UTF8.GetBytes("""<p dir="rtl">مرحبا <a href="https://x.test/">x</a></p>""");
        Assert.Same(body, new ExportLinks(AtRoot).Rewrite(body, ExportLinks.Kind.Html, _ => { }));
    }
}
