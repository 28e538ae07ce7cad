using System.Text;

namespace Qalam.IntegrationTests.Import;

/// <summary>Writes a large, realistic export (Arabic titles and slugs, categories, tags, comments) for resume tests.</summary>
public static class WxrGenerator
{
    public static void Write(string path, int posts)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        var head = Wxr.Document("<!--items-->");
        var cut = head.IndexOf("<!--items-->", StringComparison.Ordinal);
        w.Write(head[..cut]);
        for (var c = 1; c <= 5; c++)
        {
            w.Write($"<wp:category><wp:term_id>{c}</wp:term_id><wp:category_nicename><![CDATA[{Uri.EscapeDataString($"قسم-{c}")}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[قسم {c}]]></wp:cat_name></wp:category>\n");
        }
        for (var i = 1; i <= posts; i++)
        {
            var slug = Uri.EscapeDataString($"مقال-رقم-{i}");
            var date = new DateTime(2020, 1, 1).AddHours(i).ToString("yyyy-MM-dd HH:mm:ss");
            var body = string.Concat(Enumerable.Range(1, 4).Select(p => $"فقرة {p} من المقال {i}: المؤسسة الليبية للتقنية تعمل على التحول الرقمي.\n\n"));
            w.Write(Wxr.Post(100 + i, $"مقال رقم {i}", slug, content: body, date: date, extra: $"""
                <category domain="category" nicename="{Uri.EscapeDataString($"قسم-{i % 5 + 1}")}"><![CDATA[قسم {i % 5 + 1}]]></category>
                <category domain="post_tag" nicename="tag-{i % 50}"><![CDATA[وسم {i % 50}]]></category>
                <wp:comment><wp:comment_id>{i}</wp:comment_id><wp:comment_author><![CDATA[قارئ]]></wp:comment_author><wp:comment_date_gmt>{date}</wp:comment_date_gmt><wp:comment_content><![CDATA[تعليق]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
                """));
            w.Write('\n');
        }
        w.Write(head[(cut + "<!--items-->".Length)..]);
    }
}
