using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Html;

namespace Qalam.Comments;

/// <summary>
/// Comments are plain text with links: whatever HTML a comment carries (WordPress imports keep theirs) is read as text,
/// and only http(s) addresses become links, marked as user content so they pass no ranking.
/// </summary>
public static partial class CommentText
{
    public const int MaxLength = 5000;

    /// <summary>What is stored for a new comment: the text HTML-encoded, so stored and imported bodies read the same way.</summary>
    public static string ToStored(string text) => WebUtility.HtmlEncode(text.Replace("\r\n", "\n").Trim());

    public static string ToPlainText(string bodyHtml)
    {
        // Paragraph and line breaks of imported bodies survive as new lines (shown with white-space: pre-line).
        var withBreaks = Breaks().Replace(bodyHtml, "\n");
        var text = new HtmlParser().ParseDocument("<body>" + withBreaks).Body?.TextContent ?? "";
        return Blank().Replace(text, "\n\n").Trim();
    }

    public static IHtmlContent Render(string bodyHtml)
    {
        var text = ToPlainText(bodyHtml);
        var html = new StringBuilder();
        var at = 0;
        foreach (Match m in Link().Matches(text))
        {
            var url = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '»', '،', '"', '\'');
            html.Append(WebUtility.HtmlEncode(text[at..m.Index]));
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\" rel=\"nofollow ugc noopener\" dir=\"ltr\">")
                .Append(WebUtility.HtmlEncode(url)).Append("</a>");
            at = m.Index + url.Length;
        }
        html.Append(WebUtility.HtmlEncode(text[at..]));
        return new HtmlString(html.ToString());
    }

    [GeneratedRegex(@"<br\s*/?>|</p\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex Blank();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
