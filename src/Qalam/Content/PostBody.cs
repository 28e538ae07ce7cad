using System.Text;
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
    // What articles are made of, and nothing else: no form controls (phishing inside an article), no id or name
    // (DOM clobbering), no style, no focus or editing tricks (tabindex, contenteditable), no embeds.
    private static readonly string[] ArticleTags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "del", "ins", "sub", "sup",
        "small", "mark", "abbr", "cite", "q", "kbd", "time", "bdi", "bdo", "span", "div", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "img", "picture", "source", "figure", "figcaption", "audio", "video",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "pre", "code",
    ];

    private static readonly string[] ArticleAttributes =
    [
        "href", "src", "alt", "title", "width", "height", "dir", "lang", "class", "loading", "srcset", "sizes", "media", "type",
        "controls", "colspan", "rowspan", "scope", "headers", "span", "start", "reversed", "datetime", "cite", "target", "rel",
    ];

    // Declared after the lists it reads: static fields are initialised in order.
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

    /// <summary>
    /// An excerpt as stored: plain text (markup sanitised away, tags stripped, entities decoded once), or null when
    /// nothing is left. Readers get it encoded as text wherever it is shown, feeds included.
    /// </summary>
    public static string? PlainText(string? html)
    {
        var text = ToText(Sanitize(html));
        return text.Length == 0 ? null : text;
    }

    // Blocks whose end separates words in plain text.
    private static readonly HashSet<string> TextBreaks = new(StringComparer.Ordinal)
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "blockquote", "div", "figcaption", "tr",
    };

    /// <summary>Plain text of a fragment, for excerpts, feeds and search.</summary>
    public static string ToText(string html)
    {
        var doc = new HtmlParser().ParseDocument("<body></body>");
        doc.Body!.InnerHtml = html;
        // One walk with a space after each block, without a stack frame per level of nesting. Inserting a space node
        // after every block instead shifted its siblings each time: 40,000 paragraphs took 7.7 s (bench/RESULTS.md, Fuzzing).
        var text = new StringBuilder(html.Length);
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((doc.Body, false));
        while (pending.TryPop(out var item))
        {
            if (item.Closing) text.Append(' ');
            else if (item.Node is IText t) text.Append(t.Data);
            else if (item.Node is IElement el)
            {
                if (TextBreaks.Contains(el.LocalName)) pending.Push((el, true));
                for (var i = el.ChildNodes.Length - 1; i >= 0; i--) pending.Push((el.ChildNodes[i], false));
            }
        }
        return WhiteSpace().Replace(text.ToString(), " ").Trim();
    }

    /// <summary>The first words of the text, ending at a word boundary.</summary>
    public static string Summarise(string html, int maxChars = 300) => Shorten(ToText(html), maxChars);

    /// <summary>Plain text cut at a word boundary.</summary>
    public static string Shorten(string text, int maxChars = 300)
    {
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
    /// <summary>Minutes to read plain text at about 200 words a minute (a fair pace for Arabic news prose), at least one.</summary>
    public static int ReadingMinutes(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return Math.Max(1, (words + 199) / 200);
    }

    public static string TagSlug(string hashtag) => Slug.FromText(hashtag.Replace('_', ' '));

    /// <summary>The display name of a hashtag's tag: underscores read as spaces.</summary>
    public static string TagName(string hashtag) => hashtag.Replace('_', ' ').Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var s = new HtmlSanitizer();
        s.AllowedTags.Clear();
        s.AllowedTags.UnionWith(ArticleTags);
        s.AllowedAttributes.Clear();
        s.AllowedAttributes.UnionWith(ArticleAttributes);
        s.AllowedCssProperties.Clear();
        s.UriAttributes.Add("cite");
        s.AllowedSchemes.Clear();
        s.AllowedSchemes.Add("https");
        s.AllowedSchemes.Add("http");
        s.AllowedSchemes.Add("mailto");
        s.AllowedSchemes.Add("tel");
        // A page opened in a new tab may otherwise reach back through window.opener and replace this one (tabnabbing).
        s.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement el && el.HasAttribute("target")) el.SetAttribute("rel", SafeRel(el.GetAttribute("rel")));
        };
        return s;
    }

    private static string SafeRel(string? rel)
    {
        var kept = (rel ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(r => !r.Equals("opener", StringComparison.OrdinalIgnoreCase) && r is not ("noopener" or "noreferrer"));
        return string.Join(' ', kept.Append("noopener").Append("noreferrer"));
    }

    // A hashtag: '#' not preceded by a word character, then letters, marks, digits and underscores.
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}\p{Nd}_&/])#(?<tag>[\p{L}\p{Mn}\p{Nd}_]*\p{L}[\p{L}\p{Mn}\p{Nd}_]*)")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
