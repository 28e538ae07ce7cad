using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Qalam.Organisation;

/// <summary>
/// A statement's text as HTML, whichever way it was written. The rich editor sends HTML; without JavaScript the form
/// sends what was typed in the textarea, where a blank line separates paragraphs, a single newline breaks a line, and
/// lines that start with «-» or «1.» make a list. Statements saved before either (plain text kept as one run) are shown
/// with their paragraphs too.
/// </summary>
public static partial class StatementText
{
    /// <summary>The HTML to save for what the form sent: HTML as it is, plain text made into paragraphs and lists.</summary>
    public static string ToHtml(string? typed)
    {
        var text = (typed ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (Tag().IsMatch(text)) return text;
        var html = new StringBuilder();
        foreach (var block in BlankLine().Split(text.Trim()))
        {
            var lines = block.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0) continue;
            var marker = lines.All(l => Bullet().IsMatch(l)) ? Bullet() : lines.All(l => Numbered().IsMatch(l)) ? Numbered() : null;
            if (marker is not null)
            {
                var name = marker == Bullet() ? "ul" : "ol";
                html.Append('<').Append(name).Append('>');
                foreach (var line in lines) html.Append("<li>").Append(WebUtility.HtmlEncode(marker.Replace(line, "", 1))).Append("</li>");
                html.Append("</").Append(name).Append('>');
            }
            else
            {
                html.Append("<p>").AppendJoin("<br>", lines.Select(WebUtility.HtmlEncode)).Append("</p>");
            }
        }
        return html.ToString();
    }

    /// <summary>
    /// A stored body ready to show: unchanged when it has blocks; a body saved as one run of text (before paragraphs
    /// were kept) is split at its blank lines, working on the parsed document so markup inside it is never cut.
    /// </summary>
    public static string ForDisplay(string html)
    {
        if (!html.Contains('\n', StringComparison.Ordinal)) return html;
        var doc = new HtmlParser().ParseDocument("<body></body>");
        var body = doc.Body!;
        body.InnerHtml = html;
        if (body.Children.Any(e => !Inline.Contains(e.LocalName))) return html;
        var output = doc.CreateElement("div");
        var paragraph = doc.CreateElement("p");
        foreach (var node in body.ChildNodes.ToList())
        {
            if (node is not AngleSharp.Dom.IText text)
            {
                paragraph.AppendChild(node);
                continue;
            }
            var parts = BlankLine().Split(text.Data);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) (output, paragraph) = (Flush(output, paragraph), doc.CreateElement("p"));
                var lines = parts[i].Split('\n');
                for (var j = 0; j < lines.Length; j++)
                {
                    if (j > 0 && lines[j].Trim().Length > 0 && paragraph.ChildNodes.Length > 0) paragraph.AppendChild(doc.CreateElement("br"));
                    if (lines[j].Length > 0) paragraph.AppendChild(doc.CreateTextNode(lines[j]));
                }
            }
        }
        return Flush(output, paragraph).InnerHtml;
    }

    private static AngleSharp.Dom.IElement Flush(AngleSharp.Dom.IElement output, AngleSharp.Dom.IElement paragraph)
    {
        if (paragraph.TextContent.Trim().Length > 0 || paragraph.QuerySelector("img") is not null) output.AppendChild(paragraph);
        return output;
    }

    private static readonly HashSet<string> Inline = ["a", "strong", "em", "b", "i", "u", "s", "span", "br", "bdi", "mark", "small", "sub", "sup", "code", "time", "abbr", "q", "cite", "img", "del", "ins", "kbd"];

    // A tag as someone writing HTML types it (<p>, </strong>, <br/>); «<» in prose («أ < ب») is not one.
    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^[-*•–]\s+")]
    private static partial Regex Bullet();

    // «1.», «2)», «١.», «٢-» followed by a space.
    [GeneratedRegex(@"^[\d\u0660-\u0669]+[.)\-]\s+")]
    private static partial Regex Numbered();
}
