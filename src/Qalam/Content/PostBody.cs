using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Qalam.Content;

/// <summary>
/// Everything a post body goes through on the way in, whoever sends it (editor, import, API):
/// sanitised with HtmlSanitizer, then hashtags in the text turned into links to their tag.
/// </summary>
public static partial class PostBody
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public sealed record Prepared(string Html, IReadOnlyList<string> Hashtags);

    public static Prepared Prepare(string? html)
    {
        var safe = Sanitizer.Sanitize(html ?? "");
        var parser = new HtmlParser();
        var doc = parser.ParseDocument("<body></body>");
        var body = doc.Body!;
        body.InnerHtml = safe;
        var found = new List<string>();
        LinkHashtags(doc, body, found);
        return new Prepared(body.InnerHtml, found.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Sanitises without touching hashtags, for short fields such as excerpts and addenda.</summary>
    public static string Sanitize(string? html) => Sanitizer.Sanitize(html ?? "");

    /// <summary>Plain text of a fragment, for excerpts, feeds and search.</summary>
    public static string ToText(string html)
    {
        var doc = new HtmlParser().ParseDocument("<body></body>");
        doc.Body!.InnerHtml = html;
        foreach (var block in doc.Body.QuerySelectorAll("p,li,h1,h2,h3,h4,h5,h6,br,blockquote,div,figcaption,tr"))
        {
            block.After(doc.CreateTextNode(" "));
        }
        return WhiteSpace().Replace(doc.Body.TextContent, " ").Trim();
    }

    /// <summary>The first words of the text, ending at a word boundary.</summary>
    public static string Summarise(string html, int maxChars = 300)
    {
        var text = ToText(html);
        if (text.Length <= maxChars) return text;
        var cut = text.LastIndexOf(' ', maxChars);
        return string.Concat(text.AsSpan(0, cut > maxChars / 2 ? cut : maxChars), "…");
    }

    private static void LinkHashtags(IDocument doc, INode node, List<string> found)
    {
        foreach (var child in node.ChildNodes.ToList())
        {
            if (child is IElement el)
            {
                if (el.LocalName is "a" or "code" or "pre" or "script" or "style") continue;
                LinkHashtags(doc, el, found);
            }
            else if (child is IText text && text.Data.Contains('#', StringComparison.Ordinal))
            {
                ReplaceHashtags(doc, text, found);
            }
        }
    }

    private static void ReplaceHashtags(IDocument doc, IText text, List<string> found)
    {
        var data = text.Data;
        var matches = Hashtag().Matches(data);
        if (matches.Count == 0) return;
        var parent = text.Parent!;
        var last = 0;
        foreach (Match m in matches)
        {
            if (m.Index > last) parent.InsertBefore(doc.CreateTextNode(data[last..m.Index]), text);
            var name = m.Groups["tag"].Value;
            found.Add(name);
            var link = doc.CreateElement("a");
            link.SetAttribute("href", "/tag/" + Slug.Encode(TagSlug(name)));
            link.SetAttribute("class", "hashtag");
            link.SetAttribute("rel", "tag");
            link.TextContent = "#" + name;
            parent.InsertBefore(link, text);
            last = m.Index + m.Length;
        }
        if (last < data.Length) parent.InsertBefore(doc.CreateTextNode(data[last..]), text);
        parent.RemoveChild(text);
    }

    /// <summary>The slug of the tag a hashtag links to: #ليبيا_الرقمية → ليبيا-الرقمية.</summary>
    public static string TagSlug(string hashtag) => Slug.FromText(hashtag.Replace('_', ' '));

    /// <summary>The display name of a hashtag's tag: underscores read as spaces.</summary>
    public static string TagName(string hashtag) => hashtag.Replace('_', ' ').Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var s = new HtmlSanitizer();
        s.AllowedAttributes.Add("dir");
        s.AllowedAttributes.Add("lang");
        s.AllowedAttributes.Add("class");
        s.AllowedAttributes.Add("loading");
        s.AllowedAttributes.Add("srcset");
        s.AllowedAttributes.Add("sizes");
        s.AllowedTags.Add("figure");
        s.AllowedTags.Add("figcaption");
        s.AllowedTags.Add("audio");
        s.AllowedTags.Add("video");
        s.AllowedTags.Add("source");
        s.AllowedAttributes.Add("controls");
        // Inline styles are a vector (expression(), url(javascript:), overlays) and fight the site's CSS: none kept.
        s.AllowedAttributes.Remove("style");
        s.AllowedTags.Remove("form");
        s.AllowedSchemes.Clear();
        s.AllowedSchemes.Add("https");
        s.AllowedSchemes.Add("http");
        s.AllowedSchemes.Add("mailto");
        s.AllowedSchemes.Add("tel");
        return s;
    }

    // A hashtag: '#' not preceded by a word character, then letters, marks, digits and underscores.
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}\p{Nd}_&/])#(?<tag>[\p{L}\p{Mn}\p{Nd}_]*\p{L}[\p{L}\p{Mn}\p{Nd}_]*)")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
