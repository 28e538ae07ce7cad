using System.Text;

namespace Qalam.IntegrationTests.Import;

/// <summary>Writes a large, realistic export (Arabic titles and slugs, categories, tags, comments) for resume tests.</summary>
public static class WxrGenerator
{
    /// <param name="edgeCases">Mix in, every seventh item, what real WordPress sites write: slugs that differ only by
    /// harakat, tatweel or case; drafts with no slug and the same title; empty titles; WordPress's own -2 and -3;
    /// __trashed items; slugs cut at 200 bytes; a page and a post with one slug.</param>
    /// <param name="translations">Polylang's data, as a site with it writes it (<see cref="Translated"/>).</param>
    public static void Write(string path, int posts, bool edgeCases = false, bool translations = false)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        var head = Wxr.Document("<!--items-->");
        var cut = head.IndexOf("<!--items-->", StringComparison.Ordinal);
        w.Write(head[..cut]);
        for (var c = 1; c <= 5; c++)
        {
            w.Write($"<wp:category><wp:term_id>{c}</wp:term_id><wp:category_nicename><![CDATA[{Uri.EscapeDataString($"قسم-{c}")}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[قسم {c}]]></wp:cat_name></wp:category>\n");
        }
        if (translations) w.Write(TranslationTerms(posts));
        for (var i = 1; i <= posts; i++)
        {
            var slug = Uri.EscapeDataString($"مقال-رقم-{i}");
            var date = new DateTime(2020, 1, 1).AddHours(i).ToString("yyyy-MM-dd HH:mm:ss");
            var body = string.Concat(Enumerable.Range(1, 4).Select(p => $"فقرة {p} من المقال {i}: المؤسسة الليبية للتقنية تعمل على التحول الرقمي.\n\n"));
            var (title, status, type, meta) = ($"مقال رقم {i}", "publish", "post", "");
            if (edgeCases && i % 7 == 0) (title, slug, status, type, meta) = EdgeCase(i / 7);
            if (translations) meta += Translated(i).Terms;
            w.Write(Wxr.Post(100 + i, title, slug, status: status, type: type, content: body, date: date, extra: meta + $"""
                <category domain="category" nicename="{Uri.EscapeDataString($"قسم-{i % 5 + 1}")}"><![CDATA[قسم {i % 5 + 1}]]></category>
                <category domain="post_tag" nicename="tag-{i % 50}"><![CDATA[وسم {i % 50}]]></category>
                <wp:comment><wp:comment_id>{i}</wp:comment_id><wp:comment_author><![CDATA[قارئ]]></wp:comment_author><wp:comment_date_gmt>{date}</wp:comment_date_gmt><wp:comment_content><![CDATA[تعليق]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
                """));
            w.Write('\n');
        }
        w.Write(head[(cut + "<!--items-->".Length)..]);
    }

    /// <summary>
    /// Items in threes, one Polylang group each: Arabic, English, French in file order, or (every other group) English,
    /// French, then the Arabic original, so a group's id changes when its original arrives in a later batch; every
    /// fourth group's third post is a second English one, kept out of the group.
    /// </summary>
    private static (string Language, string Group, string Terms) Translated(int i)
    {
        var (group, place) = ((i - 1) / 3, (i - 1) % 3);
        string[] order = group % 2 == 0 ? ["ar", "en", "fr"] : ["en", "fr", "ar"];
        var language = group % 4 == 3 && place == 1 ? "en" : order[place];
        var slug = $"pll_{group:x13}";
        return (language, slug, $"""<category domain="language" nicename="{language}"><![CDATA[{language}]]></category><category domain="post_translations" nicename="{slug}"><![CDATA[{slug}]]></category>""");
    }

    /// <summary>Each group's term, its description the serialized group (language → WordPress id) as Polylang keeps it.</summary>
    private static string TranslationTerms(int posts)
    {
        var sb = new StringBuilder();
        foreach (var group in Enumerable.Range(1, posts).GroupBy(i => Translated(i).Group))
        {
            var members = group.Select(i => (Translated(i).Language, Id: 100 + i)).DistinctBy(m => m.Language).ToList();
            var description = $"a:{members.Count}:{{{string.Concat(members.Select(m => $"s:{m.Language.Length}:\"{m.Language}\";i:{m.Id};"))}}}";
            sb.Append($"<wp:term><wp:term_id>{1000 + (100 + group.First()) / 3}</wp:term_id><wp:term_taxonomy><![CDATA[post_translations]]></wp:term_taxonomy><wp:term_slug><![CDATA[{group.Key}]]></wp:term_slug><wp:term_parent><![CDATA[]]></wp:term_parent><wp:term_name><![CDATA[{group.Key}]]></wp:term_name><wp:term_description><![CDATA[{description}]]></wp:term_description></wp:term>\n");
        }
        return sb.ToString();
    }

    private static readonly string LongSlug = Uri.EscapeDataString(string.Join("-", Enumerable.Repeat("المؤسسة-الليبية-للتقنية", 6)))[..200];

    private static (string Title, string Slug, string Status, string Type, string Meta) EdgeCase(int n) => (n % 9) switch
    {
        0 => ("العمل المؤسسي", Uri.EscapeDataString("العَمَل-المؤسسي"), "publish", "post", ""),
        1 => ("العمل المؤسسي", Uri.EscapeDataString("العمل-المؤسسي"), "publish", "post", ""),
        2 => ("مسودة بلا عنوان نهائي", "", "draft", "post", ""),
        3 => ("", "", "pending", "post", ""),
        4 => ("بيان صحفي", Uri.EscapeDataString($"بيان-صحفي-{n % 3 + 1}").Replace("-1", "", StringComparison.Ordinal), "publish", "post", ""),
        5 => ("خبر محذوف", Uri.EscapeDataString("خبر-محذوف") + "__trashed", "trash", "post",
            $"<wp:postmeta><wp:meta_key><![CDATA[_wp_desired_post_slug]]></wp:meta_key><wp:meta_value><![CDATA[{Uri.EscapeDataString("خبر-محذوف")}]]></wp:meta_value></wp:postmeta>"),
        6 => ("المؤسسة الليبية للتقنية", LongSlug, "publish", "post", ""),
        7 => ("من نحن", "about", n % 2 == 0 ? "publish" : "draft", n % 2 == 0 ? "page" : "post", ""),
        _ => ("Annual Report", n % 2 == 0 ? "Annual-Report" : "annual-report", "publish", "post", ""),
    };
}
