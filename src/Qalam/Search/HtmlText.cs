using System.Net;
using System.Text.RegularExpressions;

namespace Qalam.Search;

/// <summary>
/// The words of a sanitised post body, fast: search reads every body when indexing and ten per results page, and a full
/// HTML parse costs more than all the rest of the work. Inline tags join their text; every other tag separates words.
/// </summary>
public static partial class HtmlText
{
    public static string FromHtml(string html)
    {
        if (html.Length == 0) return "";
        var text = Hidden().Replace(html, " ");
        text = InlineTag().Replace(text, "");
        text = AnyTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Space().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<(script|style|template)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</?(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
