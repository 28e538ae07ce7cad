using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Qalam.Content;

namespace Qalam.Media;

/// <summary>
/// What a page needs to show a library image at the right size: a &lt;picture&gt; with WebP variants first,
/// then an &lt;img&gt; in the original format with srcset, sizes and its dimensions (so the page does not jump while loading).
/// </summary>
public sealed record ResponsiveImage(string StoragePath, string ContentType, int? Width, int? Height, string? VariantWidths, string? AltText)
{
    /// <summary>The column an article's images fill: the full screen on a phone, the reading column (42rem) above that.</summary>
    public const string ArticleSizes = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

    // Arabic alt text stays readable characters, as everywhere else on the site (not numeric entities).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public string Url => Urls.Media(StoragePath);

    public IReadOnlyList<MediaVariant> Variants => MediaVariants.Of(StoragePath, ContentType, VariantWidths);

    /// <summary>srcset in the original's own format, ending with the original at its full width.</summary>
    public string OriginalSrcset => MediaVariants.Srcset(Variants, ContentType, Url, Width);

    public string WebpSrcset => ContentType == "image/webp" ? "" : MediaVariants.Srcset(Variants, "image/webp");

    public IHtmlContent Render(string? alt = null, string sizes = ArticleSizes, string? cssClass = null, bool eager = false)
    {
        var e = Encoder;
        var html = new System.Text.StringBuilder("<picture>");
        if (WebpSrcset.Length > 0)
        {
            html.Append($"<source type=\"image/webp\" srcset=\"{e.Encode(WebpSrcset)}\" sizes=\"{e.Encode(sizes)}\">");
        }
        html.Append($"<img src=\"{e.Encode(Url)}\"");
        if (ContentType != "image/gif" && Variants.Count > 0)
        {
            html.Append($" srcset=\"{e.Encode(OriginalSrcset)}\" sizes=\"{e.Encode(sizes)}\"");
        }
        if (Width is > 0 && Height is > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $" width=\"{Width}\" height=\"{Height}\"");
        }
        html.Append($" alt=\"{e.Encode(alt ?? AltText ?? "")}\"");
        if (cssClass is not null) html.Append($" class=\"{e.Encode(cssClass)}\"");
        html.Append(eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"");
        html.Append(" decoding=\"async\"></picture>");
        return new HtmlString(html.ToString());
    }
}
