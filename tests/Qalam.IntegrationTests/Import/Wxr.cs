using Microsoft.Extensions.DependencyInjection;
using Qalam.Import;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>WXR snippets wrapped in a real export's channel, and running the app's own importer on them.</summary>
public static class Wxr
{
    public const string Site = "https://old.example.ly";

    public static string Document(string body) => $"""
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
        <title>موقع قديم</title>
        <link>{Site}</link>
        <language>ar</language>
        <wp:wxr_version>1.2</wp:wxr_version>
        <wp:base_site_url>{Site}</wp:base_site_url>
        <wp:base_blog_url>{Site}</wp:base_blog_url>
        <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[alaa]]></wp:author_login><wp:author_email><![CDATA[alaa@example.invalid]]></wp:author_email><wp:author_display_name><![CDATA[Alaa Elsagier]]></wp:author_display_name></wp:author>
        {body}
        </channel>
        </rss>
        """;

    /// <summary>A post item with the usual fields; <paramref name="extra"/> goes inside the item (terms, meta, comments).</summary>
    public static string Post(int id, string title, string slug, string status = "publish", string content = "<p>نص</p>", string date = "2026-01-24 08:00:00",
        string type = "post", string extra = "", string password = "", int sticky = 0) => $"""
        <item>
        <title><![CDATA[{title}]]></title>
        <link>{Site}/{slug}/</link>
        <dc:creator><![CDATA[alaa]]></dc:creator>
        <guid isPermaLink="false">{Site}/?p={id}</guid>
        <content:encoded><![CDATA[{content}]]></content:encoded>
        <excerpt:encoded><![CDATA[]]></excerpt:encoded>
        <wp:post_id>{id}</wp:post_id>
        <wp:post_date><![CDATA[{date}]]></wp:post_date>
        <wp:post_date_gmt><![CDATA[{(status == "draft" ? "0000-00-00 00:00:00" : date)}]]></wp:post_date_gmt>
        <wp:post_modified_gmt><![CDATA[{date}]]></wp:post_modified_gmt>
        <wp:post_name><![CDATA[{slug}]]></wp:post_name>
        <wp:status><![CDATA[{status}]]></wp:status>
        <wp:post_parent>0</wp:post_parent>
        <wp:post_type><![CDATA[{type}]]></wp:post_type>
        <wp:post_password><![CDATA[{password}]]></wp:post_password>
        <wp:is_sticky>{sticky}</wp:is_sticky>
        {extra}
        </item>
        """;

    /// <summary>A comment as WordPress writes it inside its post's item, with the e-mail and IP a reader must never see.</summary>
    public static string Comment(int id, string author, string content, string approved = "1", int parent = 0) => $"""
        <wp:comment><wp:comment_id>{id}</wp:comment_id><wp:comment_author><![CDATA[{author}]]></wp:comment_author>
        <wp:comment_author_email><![CDATA[hidden-{id}@example.org]]></wp:comment_author_email><wp:comment_author_IP><![CDATA[203.0.113.{id}]]></wp:comment_author_IP>
        <wp:comment_date_gmt><![CDATA[2026-01-24 1{id}:00:00]]></wp:comment_date_gmt><wp:comment_content><![CDATA[{content}]]></wp:comment_content>
        <wp:comment_approved><![CDATA[{approved}]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type><wp:comment_parent>{parent}</wp:comment_parent></wp:comment>
        """;

    /// <summary>An attachment item for a file under wp-content/uploads, with its alt text.</summary>
    public static string Attachment(int id, string file, string alt = "") => $"""
        <item>
        <title><![CDATA[{Path.GetFileNameWithoutExtension(file)}]]></title>
        <link>{Site}/?attachment_id={id}</link>
        <dc:creator><![CDATA[alaa]]></dc:creator>
        <guid isPermaLink="false">{Site}/wp-content/uploads/{file}</guid>
        <content:encoded><![CDATA[]]></content:encoded>
        <wp:post_id>{id}</wp:post_id>
        <wp:post_date_gmt><![CDATA[2026-01-20 08:00:00]]></wp:post_date_gmt>
        <wp:status><![CDATA[inherit]]></wp:status>
        <wp:post_type><![CDATA[attachment]]></wp:post_type>
        <wp:attachment_url><![CDATA[{Site}/wp-content/uploads/{file}]]></wp:attachment_url>
        <wp:postmeta><wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key><wp:meta_value><![CDATA[{file}]]></wp:meta_value></wp:postmeta>
        <wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[{alt}]]></wp:meta_value></wp:postmeta>
        </item>
        """;

    /// <summary>A real (1×1) PNG image.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static async Task<string> WriteAsync(this QalamFactory factory, string xml, string name = "export.xml")
    {
        var path = Path.Combine(factory.DataDirectory, name);
        await File.WriteAllTextAsync(path, xml);
        return path;
    }

    public static async Task<ImportReport> ImportAsync(this QalamFactory factory, ImportOptions options)
    {
        ImportReport report = null!;
        await factory.WithScopeAsync(async sp => report = await sp.GetRequiredService<WxrImporter>().RunAsync(options));
        return report;
    }

    public static async Task<ImportReport> ImportXmlAsync(this QalamFactory factory, string xml, bool dryRun = false) =>
        await factory.ImportAsync(new ImportOptions(await factory.WriteAsync(xml), DryRun: dryRun));

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", name);
}
