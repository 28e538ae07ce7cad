using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Qalam.Import;

/// <summary>
/// Reads a WordPress export (WXR 1.0 to 1.2) as a stream of records, one item at a time, so a file of any size is read
/// in bounded memory. Pure: no database, no files other than the stream. Never resolves external entities or DTDs
/// (a DOCTYPE is refused outright, which stops entity-expansion bombs before any expansion).
/// </summary>
public static class WxrReader
{
    private const string WpPrefix = "http://wordpress.org/export/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static IEnumerable<WxrEntry> Read(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var info = (IXmlLineInfo)reader;
        var enumerator = ReadEntries(reader).GetEnumerator();
        while (true)
        {
            WxrEntry entry;
            try
            {
                if (!enumerator.MoveNext()) yield break;
                entry = enumerator.Current;
            }
            catch (XmlException e)
            {
                var line = e.LineNumber > 0 ? e.LineNumber : Math.Max(1, info.LineNumber);
                throw new WxrFormatException($"The file is not well-formed XML at line {line}: {e.Message}", line, e);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new WxrFormatException($"Unreadable value near line {info.LineNumber}: {e.Message}", info.LineNumber, e);
            }
            yield return entry;
        }
    }

    private static IEnumerable<WxrEntry> ReadEntries(XmlReader reader)
    {
        reader.MoveToContent();
        var info = (IXmlLineInfo)reader;
        if (reader.LocalName != "rss" || !HasWxrNamespace(reader))
        {
            throw new WxrFormatException($"This is not a WordPress export file (line {info.LineNumber}: expected <rss> with the WordPress export namespace).", info.LineNumber);
        }
        string title = "", baseUrl = "", link = "", version = "1.0";
        var siteSent = false;
        var sawChannelEnd = false;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "channel")
            {
                sawChannelEnd = true;
                reader.Read();
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName == "channel")
            {
                reader.Read();
                continue;
            }
            var isWp = reader.NamespaceURI.StartsWith(WpPrefix, StringComparison.Ordinal);
            var name = reader.LocalName;
            if (!siteSent && (name == "item" || (isWp && name is "author" or "category" or "tag" or "term")))
            {
                siteSent = true;
                yield return new WxrSite(title, baseUrl.Length > 0 ? baseUrl : link, version);
            }
            if (name == "item" && reader.NamespaceURI.Length == 0)
            {
                yield return ReadItem((XElement)XNode.ReadFrom(reader));
            }
            else if (isWp && name is "author" or "category" or "tag" or "term")
            {
                yield return ReadTopLevel((XElement)XNode.ReadFrom(reader));
            }
            else if (isWp && name is "wxr_version" or "base_site_url" or "base_blog_url" || (!isWp && reader.NamespaceURI.Length == 0 && name is "title" or "link" && !siteSent))
            {
                var text = reader.ReadElementContentAsString().Trim();
                if (name == "wxr_version") version = text;
                else if (name == "base_site_url" && baseUrl.Length == 0) baseUrl = text;
                else if (name == "base_blog_url") baseUrl = text;
                else if (name == "title") title = text;
                else link = text;
            }
            else
            {
                reader.Skip();
            }
        }
        if (!sawChannelEnd) throw new WxrFormatException($"The file ends before </channel>: it looks truncated (line {info.LineNumber}).", info.LineNumber);
        if (!siteSent) yield return new WxrSite(title, baseUrl.Length > 0 ? baseUrl : link, version);
    }

    private static bool HasWxrNamespace(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute()) return false;
        var found = false;
        do
        {
            if (reader.Value.StartsWith(WpPrefix, StringComparison.Ordinal)) found = true;
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return found;
    }

    private static WxrEntry ReadTopLevel(XElement e)
    {
        string V(string local) => Wp(e, local);
        return e.Name.LocalName switch
        {
            "author" => new WxrAuthor(V("author_id"), V("author_login"), Null(V("author_email")), FirstNonEmpty(V("author_display_name"), V("author_login"))),
            "category" => new WxrTerm(V("term_id"), "category", V("category_nicename"), V("cat_name"), Null(V("category_parent")), Null(V("category_description"))),
            "tag" => new WxrTerm(V("term_id"), "post_tag", V("tag_slug"), V("tag_name"), null, Null(V("tag_description"))),
            _ => new WxrTerm(V("term_id"), V("term_taxonomy"), V("term_slug"), V("term_name"), Null(V("term_parent")), Null(V("term_description"))),
        };
    }

    private static WxrItem ReadItem(XElement e)
    {
        string V(string local) => Wp(e, local);
        var terms = e.Elements("category")
            .Select(c => new WxrItemTerm((string?)c.Attribute("domain") ?? "category", (string?)c.Attribute("nicename") ?? "", c.Value.Trim()))
            .ToList();
        var meta = e.Elements().Where(x => IsWp(x, "postmeta"))
            .Select(m => new WxrMeta(Wp(m, "meta_key"), Wp(m, "meta_value")))
            .ToList();
        var comments = e.Elements().Where(x => IsWp(x, "comment")).Select(ReadComment).ToList();
        return new WxrItem(
            PostId: V("post_id"),
            PostType: FirstNonEmpty(V("post_type"), "post"),
            Title: ((string?)e.Element("title") ?? "").Trim(),
            Link: Null(((string?)e.Element("link"))?.Trim()),
            Guid: Null(((string?)e.Element("guid"))?.Trim()),
            Creator: ((string?)e.Element(Dc + "creator") ?? "").Trim(),
            Content: (string?)e.Element(Content + "encoded") ?? "",
            Excerpt: e.Elements().FirstOrDefault(x => x.Name.LocalName == "encoded" && x.Name.NamespaceName.Contains("/excerpt/", StringComparison.Ordinal))?.Value ?? "",
            PostName: V("post_name"),
            Status: FirstNonEmpty(V("status"), "publish"),
            Password: Null(V("post_password")),
            IsSticky: V("is_sticky") == "1",
            PostParent: FirstNonEmpty(V("post_parent"), "0"),
            DateGmt: ParseDate(V("post_date_gmt")),
            ModifiedGmt: ParseDate(V("post_modified_gmt")),
            DateLocal: ParseDate(V("post_date"))?.DateTime,
            AttachmentUrl: Null(V("attachment_url")),
            Terms: terms,
            Meta: meta,
            Comments: comments);
    }

    private static WxrComment ReadComment(XElement c)
    {
        string V(string local) => Wp(c, local);
        // The commenter's IP address (comment_author_IP) is deliberately not read.
        return new WxrComment(V("comment_id"), FirstNonEmpty(V("comment_author"), "—"), Null(V("comment_author_email")), Null(V("comment_author_url")),
            ParseDate(V("comment_date_gmt")) ?? ParseDate(V("comment_date")), V("comment_content"), FirstNonEmpty(V("comment_approved"), "0"),
            V("comment_type"), FirstNonEmpty(V("comment_parent"), "0"));
    }

    /// <summary>WordPress writes "0000-00-00 00:00:00" for "no date" (e.g. a draft's GMT date).</summary>
    internal static DateTimeOffset? ParseDate(string text)
    {
        if (text.Length == 0 || text.StartsWith("0000", StringComparison.Ordinal)) return null;
        return DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero)
            : null;
    }

    private static bool IsWp(XElement x, string local) => x.Name.LocalName == local && x.Name.NamespaceName.StartsWith(WpPrefix, StringComparison.Ordinal);

    private static string Wp(XElement parent, string local) =>
        parent.Elements().FirstOrDefault(x => IsWp(x, local))?.Value.Trim() ?? "";

    private static string? Null(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string FirstNonEmpty(string a, string b) => a.Length > 0 ? a : b;
}
