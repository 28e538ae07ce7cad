using System.Xml;
using Qalam.Content;

namespace Qalam.Feeds;

/// <summary>Writes a feed as Atom (RFC 4287): each entry in its own language, summary and full HTML content.</summary>
public static class AtomWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static void Write(Stream output, FeedSource feed, string root, DateTimeOffset now)
    {
        using var x = XmlWriter.Create(output, FeedXml.Settings);
        x.WriteStartDocument();
        x.WriteStartElement("feed", Ns);
        x.WriteAttributeString("xml", "lang", null, feed.Language);
        x.WriteElementString("title", Ns, feed.Title);
        x.WriteElementString("subtitle", Ns, feed.Description);
        x.WriteElementString("id", Ns, root + feed.FeedPath);
        x.WriteElementString("updated", Ns, Rfc3339(FeedXml.LastUpdated(feed, now)));
        Link(x, "self", root + feed.FeedPath, "application/atom+xml");
        Link(x, "alternate", root + feed.HtmlPath, "text/html");
        x.WriteElementString("generator", Ns, "Qalam");
        foreach (var post in feed.Items)
        {
            WriteEntry(x, feed, post, root);
        }
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter x, FeedSource source, PostSummary post, string root)
    {
        var link = root + source.PostPath(post);
        x.WriteStartElement("entry", Ns);
        x.WriteAttributeString("xml", "lang", null, post.Language);
        x.WriteElementString("title", Ns, post.Title);
        x.WriteElementString("id", Ns, link);
        Link(x, "alternate", link, "text/html");
        x.WriteElementString("published", Ns, Rfc3339(post.PublishedUtc));
        x.WriteElementString("updated", Ns, Rfc3339(post.UpdatedUtc > post.PublishedUtc ? post.UpdatedUtc : post.PublishedUtc));
        x.WriteStartElement("author", Ns);
        x.WriteElementString("name", Ns, post.Author.Name);
        x.WriteElementString("uri", Ns, root + source.AuthorPath(post.Author.Slug));
        x.WriteEndElement();
        // No type attribute: Atom reads the summary as plain text, which the teaser is.
        x.WriteElementString("summary", Ns, post.Teaser);
        x.WriteStartElement("content", Ns);
        x.WriteAttributeString("type", "html");
        x.WriteString(SiteAddress.AbsolutizeLinks(post.BodyHtml, root));
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Link(XmlWriter x, string rel, string href, string type)
    {
        x.WriteStartElement("link", Ns);
        x.WriteAttributeString("rel", rel);
        x.WriteAttributeString("type", type);
        x.WriteAttributeString("href", href);
        x.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset t) => XmlConvert.ToString(t.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
