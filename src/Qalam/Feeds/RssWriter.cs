using System.Globalization;
using System.Xml;
using Qalam.Content;

namespace Qalam.Feeds;

/// <summary>Writes a feed as RSS 2.0, with the full text in content:encoded and a self link (atom:link).</summary>
public static class RssWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static void Write(Stream output, FeedSource feed, string root, DateTimeOffset now)
    {
        using var x = XmlWriter.Create(output, FeedXml.Settings);
        x.WriteStartDocument();
        x.WriteStartElement("rss");
        x.WriteAttributeString("version", "2.0");
        x.WriteAttributeString("xmlns", "atom", null, AtomNs);
        x.WriteAttributeString("xmlns", "content", null, ContentNs);
        x.WriteAttributeString("xmlns", "dc", null, DcNs);
        x.WriteStartElement("channel");
        x.WriteElementString("title", feed.Title);
        x.WriteElementString("link", root + feed.HtmlPath);
        x.WriteElementString("description", feed.Description);
        x.WriteElementString("language", feed.Language);
        x.WriteElementString("lastBuildDate", Rfc822(FeedXml.LastUpdated(feed, now)));
        x.WriteElementString("generator", "Qalam");
        x.WriteStartElement("atom", "link", AtomNs);
        x.WriteAttributeString("href", root + feed.FeedPath);
        x.WriteAttributeString("rel", "self");
        x.WriteAttributeString("type", "application/rss+xml");
        x.WriteEndElement();
        foreach (var post in feed.Items)
        {
            WriteItem(x, feed, post, root);
        }
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    private static void WriteItem(XmlWriter x, FeedSource source, PostSummary post, string root)
    {
        var link = root + source.PostPath(post);
        x.WriteStartElement("item");
        x.WriteElementString("title", post.Title);
        x.WriteElementString("link", link);
        x.WriteStartElement("guid");
        x.WriteAttributeString("isPermaLink", "true");
        x.WriteString(link);
        x.WriteEndElement();
        x.WriteElementString("pubDate", Rfc822(post.PublishedUtc));
        x.WriteElementString("dc", "creator", DcNs, post.Author.Name);
        // Feed readers render an RSS description as HTML: the plain-text teaser goes in escaped, so it stays text.
        x.WriteElementString("description", AsHtml(post.Teaser));
        x.WriteStartElement("content", "encoded", ContentNs);
        x.WriteCData(SiteAddress.AbsolutizeLinks(post.BodyHtml, root).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static string AsHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    // RFC 822 dates, always in GMT: "Sat, 24 Jan 2026 09:00:00 GMT".
    private static string Rfc822(DateTimeOffset t) => t.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
}
