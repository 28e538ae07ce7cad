using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Qalam.Import;

/// <summary>
/// Turns a WordPress post body into HTML Qalam can sanitise and show: block comments removed, wpautop paragraphs
/// for classic content, the common shortcodes converted, upload URLs pointed at the media library. Pure.
/// </summary>
public static partial class WordPressContent
{
    /// <summary>What an attachment became: its new address and alt text.</summary>
    public sealed record MediaRef(string Url, string? Alt);

    public sealed record Converted(string Html, IReadOnlyList<string> UnknownShortcodes);

    private static readonly HashSet<string> Known = ["caption", "wp_caption", "gallery", "embed", "audio", "video"];

    /// <param name="attachmentById">WordPress attachment id to media (for [gallery ids] and [caption id]).</param>
    /// <param name="uploadByPath">A path under wp-content/uploads (original or resized variant) to media.</param>
    public static Converted Convert(string html, Func<string, MediaRef?> attachmentById, Func<string, MediaRef?> uploadByPath)
    {
        var hadBlocks = BlockComment().IsMatch(html);
        var text = BlockComment().Replace(html, "");
        if (!hadBlocks) text = AutoParagraphs(text);
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        text = Caption().Replace(text, m => CaptionFigure(m.Groups["attrs"].Value, m.Groups["inner"].Value));
        text = Gallery().Replace(text, m => GalleryFigure(m.Groups["attrs"].Value, attachmentById));
        text = Embed().Replace(text, m => EmbedLink(m.Groups["url"].Value.Trim()));
        text = Media().Replace(text, m => MediaElement(m.Groups["kind"].Value, m.Groups["attrs"].Value));
        foreach (Match m in AnyShortcode().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (!Known.Contains(name)) unknown.Add(name);
        }
        text = RewriteUploads(text, uploadByPath);
        return new Converted(text.Trim(), [.. unknown]);
    }

    /// <summary>Points every URL under wp-content/uploads (any host, http or https, resized or not) at the media that replaced it.</summary>
    public static string RewriteUploads(string html, Func<string, MediaRef?> uploadByPath) =>
        UploadUrl().Replace(html, m => uploadByPath(WebUtility.UrlDecode(m.Groups["path"].Value)) is { } media ? media.Url : m.Value);

    /// <summary>The original's path for a resized variant: "2026/01/photo-300x200.jpg" → "2026/01/photo.jpg".</summary>
    public static string OriginalOf(string uploadPath) => SizeSuffix().Replace(uploadPath, "$1");

    /// <summary>WordPress's wpautop, for classic content: blank lines separate paragraphs, single newlines become line breaks.</summary>
    public static string AutoParagraphs(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        if (normalized.Length == 0) return "";
        var sb = new StringBuilder();
        foreach (var chunk in BlankLines().Split(normalized))
        {
            var block = chunk.Trim();
            if (block.Length == 0) continue;
            if (StartsWithBlock().IsMatch(block) || ShortcodeOnly().IsMatch(block)) sb.Append(block).Append('\n');
            else sb.Append("<p>").Append(block.Replace("\n", "<br />\n")).Append("</p>\n");
        }
        return sb.ToString().TrimEnd();
    }

    private static string CaptionFigure(string attrs, string inner)
    {
        var media = ImageOrLink().Match(inner);
        var caption = media.Success ? inner.Remove(media.Index, media.Length).Trim() : inner.Trim();
        var captionAttr = Attr(attrs, "caption");
        if (caption.Length == 0 && captionAttr is not null) caption = captionAttr;
        return $"<figure class=\"wp-caption\">{(media.Success ? media.Value : "")}<figcaption>{caption}</figcaption></figure>";
    }

    private static string GalleryFigure(string attrs, Func<string, MediaRef?> attachmentById)
    {
        var ids = (Attr(attrs, "ids") ?? Attr(attrs, "include") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var images = ids.Select(attachmentById).OfType<MediaRef>()
            .Select(m => $"<li><img src=\"{WebUtility.HtmlEncode(m.Url)}\" alt=\"{WebUtility.HtmlEncode(m.Alt ?? "")}\" loading=\"lazy\"></li>");
        return $"<figure class=\"gallery\"><ul>{string.Concat(images)}</ul></figure>";
    }

    private static string EmbedLink(string url)
    {
        var encoded = WebUtility.HtmlEncode(WebUtility.HtmlDecode(url));
        // No third-party iframes (privacy, CSP, slow connections): a plain link that works everywhere.
        return $"<p class=\"embed\"><a href=\"{encoded}\">{encoded}</a></p>";
    }

    private static string MediaElement(string kind, string attrs)
    {
        var src = Attr(attrs, "src") ?? (kind == "audio" ? Attr(attrs, "mp3") ?? Attr(attrs, "m4a") ?? Attr(attrs, "ogg") : Attr(attrs, "mp4") ?? Attr(attrs, "webm"));
        if (src is null) return "";
        var encoded = WebUtility.HtmlEncode(src);
        return $"<{kind} controls src=\"{encoded}\"><a href=\"{encoded}\">{encoded}</a></{kind}>";
    }

    private static string? Attr(string attrs, string name)
    {
        var m = Regex.Match(attrs, $@"(?:^|\s){Regex.Escape(name)}\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s\]]+))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? m.Groups["v"].Value : null;
    }

    [GeneratedRegex(@"<!--\s*/?wp:.*?-->", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^<(?:p|div|ul|ol|li|table|thead|tbody|tr|td|th|h[1-6]|blockquote|figure|figcaption|pre|hr|dl|dt|dd|section|article|aside|header|footer|nav|address|form|fieldset|iframe|audio|video|details|summary)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithBlock();

    [GeneratedRegex(@"^\[(?:caption|wp_caption|gallery|embed|audio|video)[\s\]][\s\S]*\]$")]
    private static partial Regex ShortcodeOnly();

    [GeneratedRegex(@"\[(?:wp_)?caption(?<attrs>[^\]]*)\](?<inner>[\s\S]*?)\[/(?:wp_)?caption\]")]
    private static partial Regex Caption();

    [GeneratedRegex(@"\[gallery(?<attrs>[^\]]*)\]")]
    private static partial Regex Gallery();

    [GeneratedRegex(@"\[embed[^\]]*\](?<url>[\s\S]*?)\[/embed\]")]
    private static partial Regex Embed();

    [GeneratedRegex(@"\[(?<kind>audio|video)(?<attrs>[^\]]*)\](?:[\s\S]*?\[/\k<kind>\])?")]
    private static partial Regex Media();

    [GeneratedRegex(@"\[/?(?<name>[a-z][a-z0-9_-]*)(?:\s[^\]]*)?\]")]
    private static partial Regex AnyShortcode();

    [GeneratedRegex(@"<(?:a\s[^>]*>\s*<img[^>]*>\s*</a>|img[^>]*>)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageOrLink();

    [GeneratedRegex(@"(?:https?:)?(?://[^/""'\s<>]+)?/wp-content/uploads/(?<path>[^""'\s<>?#)]+)", RegexOptions.IgnoreCase)]
    private static partial Regex UploadUrl();

    [GeneratedRegex(@"-\d+x\d+(\.[A-Za-z0-9]+)$")]
    private static partial Regex SizeSuffix();
}
