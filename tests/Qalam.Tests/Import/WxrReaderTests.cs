using System.Text;
using Qalam.Import;

namespace Qalam.Tests.Import;

public sealed class WxrReaderTests
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
        <title>موقع تجريبي</title>
        <link>https://old.example.ly</link>
        <wp:wxr_version>1.2</wp:wxr_version>
        <wp:base_site_url>https://old.example.ly</wp:base_site_url>
        """;

    private static List<WxrEntry> Read(string xml) => WxrReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))).ToList();

    [Fact]
    public void Reads_the_site_authors_terms_and_items_in_file_order()
    {
        var entries = Read(Head + """
            <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[alaa]]></wp:author_login><wp:author_email>alaa@example.invalid</wp:author_email><wp:author_display_name><![CDATA[Alaa Elsagier]]></wp:author_display_name></wp:author>
            <wp:category><wp:term_id>7</wp:term_id><wp:category_nicename>%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1</wp:category_nicename><wp:category_parent>news</wp:category_parent><wp:cat_name><![CDATA[أخبار]]></wp:cat_name></wp:category>
            <item>
              <title>عنوان</title>
              <link>https://old.example.ly/%d8%b9/</link>
              <dc:creator>alaa</dc:creator>
              <guid isPermaLink="false">https://old.example.ly/?p=12</guid>
              <content:encoded><![CDATA[<p>نص</p>]]></content:encoded>
              <excerpt:encoded><![CDATA[مقتطف]]></excerpt:encoded>
              <wp:post_id>12</wp:post_id>
              <wp:post_date>2026-01-24 10:00:00</wp:post_date>
              <wp:post_date_gmt>2026-01-24 08:00:00</wp:post_date_gmt>
              <wp:post_modified_gmt>0000-00-00 00:00:00</wp:post_modified_gmt>
              <wp:post_name>%d8%b9</wp:post_name>
              <wp:status>future</wp:status>
              <wp:post_type>post</wp:post_type>
              <wp:is_sticky>1</wp:is_sticky>
              <category domain="category" nicename="%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1"><![CDATA[أخبار]]></category>
              <wp:postmeta><wp:meta_key>_yoast_wpseo_title</wp:meta_key><wp:meta_value><![CDATA[عنوان SEO]]></wp:meta_value></wp:postmeta>
              <wp:comment><wp:comment_id>3</wp:comment_id><wp:comment_author>قارئ</wp:comment_author><wp:comment_author_IP>10.1.2.3</wp:comment_author_IP><wp:comment_date_gmt>2026-01-25 09:00:00</wp:comment_date_gmt><wp:comment_content>شكرًا</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
            </item>
            </channel></rss>
            """);

        var site = Assert.IsType<WxrSite>(entries[0]);
        Assert.Equal(("https://old.example.ly", "1.2", "موقع تجريبي"), (site.BaseUrl, site.WxrVersion, site.Title));
        Assert.Equal(new WxrAuthor("2", "alaa", "alaa@example.invalid", "Alaa Elsagier"), entries[1]);
        Assert.Equal(new WxrTerm("7", "category", "%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1", "أخبار", "news", null), entries[2]);
        var item = Assert.IsType<WxrItem>(entries[3]);
        Assert.Equal(("12", "post", "future", "alaa", true), (item.PostId, item.PostType, item.Status, item.Creator, item.IsSticky));
        Assert.Equal(new DateTimeOffset(2026, 1, 24, 8, 0, 0, TimeSpan.Zero), item.DateGmt);
        Assert.Null(item.ModifiedGmt);
        Assert.Equal(new DateTime(2026, 1, 24, 10, 0, 0), item.DateLocal);
        Assert.Equal(("<p>نص</p>", "مقتطف"), (item.Content, item.Excerpt));
        Assert.Equal("عنوان SEO", item.MetaValue("_yoast_wpseo_title"));
        var comment = Assert.Single(item.Comments);
        Assert.Equal(("قارئ", "شكرًا", "1"), (comment.AuthorName, comment.Content, comment.Approved));
        Assert.DoesNotContain("10.1.2.3", comment.ToString());
    }

    [Fact]
    public void An_external_entity_is_refused_before_anything_is_read()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&xxe;</title></channel></rss>
            """;
        var e = Assert.Throws<WxrFormatException>(() => Read(xml));
        Assert.True(e.Line is 1 or 2, e.Message);
        Assert.Contains($"line {e.Line}", e.Message);
        Assert.DoesNotContain("root:", e.Message);
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_without_expanding_it()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&lol9;</title></channel></rss>
            """;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<WxrFormatException>(() => Read(xml));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 5_000_000);
    }

    [Fact]
    public void A_truncated_file_names_the_line_where_it_stops()
    {
        var xml = Head + "\n<item>\n<title>نصف</title>\n<wp:post_id>1</wp:post_id>\n<content:encoded><![CDATA[<p>منقطع";
        var e = Assert.Throws<WxrFormatException>(() => Read(xml));
        Assert.Equal(12, e.Line);
        Assert.Contains("line 12", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_wordpress_export_is_refused_with_its_line()
    {
        var e = Assert.Throws<WxrFormatException>(() => Read("<?xml version=\"1.0\"?>\n<html><body>not an export</body></html>"));
        Assert.Equal(2, e.Line);
        Assert.Contains("not a WordPress export", e.Message);
    }

    [Fact]
    public void Wxr_1_0_files_are_read_too()
    {
        var entries = Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.0/">
            <channel><title>old</title><link>http://old.example.ly</link><wp:wxr_version>1.0</wp:wxr_version>
            <item><title>قديم</title><dc:creator>admin</dc:creator><content:encoded><![CDATA[سطر]]></content:encoded><wp:post_id>5</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
            </channel></rss>
            """);
        Assert.Equal("http://old.example.ly", Assert.IsType<WxrSite>(entries[0]).BaseUrl);
        Assert.Equal(("5", "admin", "قديم"), (((WxrItem)entries[1]).PostId, ((WxrItem)entries[1]).Creator, ((WxrItem)entries[1]).Title));
    }
}
