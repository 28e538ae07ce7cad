using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Media;

/// <summary>
/// Gives images inside post bodies that point at the library (&lt;img src="/media/…"&gt;) a srcset, sizes and their dimensions.
/// Meant to run when a post is saved, after <see cref="Content.PostBody.Prepare"/>: the stored HTML is then ready to serve.
/// </summary>
public sealed class MediaHtml(QalamDb db)
{
    public async Task<string> AddSrcsetAsync(string html, CancellationToken ct = default)
    {
        var paths = LibraryPaths(html);
        if (paths.Count == 0) return html;
        var images = await db.Media.AsNoTracking()
            .Where(m => paths.Contains(m.StoragePath) && m.ContentType.StartsWith("image/"))
            .Select(m => new ResponsiveImage(m.StoragePath, m.ContentType, m.Width, m.Height, m.VariantWidths, m.AltText))
            .ToListAsync(ct);
        return AddSrcset(html, images.ToDictionary(i => i.StoragePath));
    }

    /// <summary>The pure part: rewrites every library &lt;img&gt; found in <paramref name="images"/>; anything else is left as it was.</summary>
    public static string AddSrcset(string html, IReadOnlyDictionary<string, ResponsiveImage> images)
    {
        var doc = new HtmlParser().ParseDocument("<body></body>");
        doc.Body!.InnerHtml = html;
        var changed = false;
        foreach (var img in doc.Body.QuerySelectorAll("img[src]"))
        {
            if (StoragePathOf(img.GetAttribute("src")) is not { } path || !images.TryGetValue(path, out var image)) continue;
            if (image.ContentType != "image/gif" && image.Variants.Count > 0)
            {
                img.SetAttribute("srcset", image.OriginalSrcset);
                img.SetAttribute("sizes", ResponsiveImage.ArticleSizes);
            }
            if (image.Width is > 0 && image.Height is > 0)
            {
                img.SetAttribute("width", image.Width.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                img.SetAttribute("height", image.Height.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (!img.HasAttribute("loading")) img.SetAttribute("loading", "lazy");
            if (!img.HasAttribute("alt") && image.AltText is not null) img.SetAttribute("alt", image.AltText);
            changed = true;
        }
        return changed ? doc.Body.InnerHtml : html;
    }

    /// <summary>The library path an image address points at ("/media/2026/11/a.jpg" → "2026/11/a.jpg"), or null.</summary>
    public static string? StoragePathOf(string? src)
    {
        if (src is null || !src.StartsWith("/media/", StringComparison.Ordinal)) return null;
        var path = src["/media/".Length..].Split('?', '#')[0];
        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        return path.Length == 0 || path.Contains("..", StringComparison.Ordinal) ? null : path.Normalize(System.Text.NormalizationForm.FormC);
    }

    private static List<string> LibraryPaths(string html)
    {
        if (!html.Contains("/media/", StringComparison.Ordinal)) return [];
        var doc = new HtmlParser().ParseDocument("<body></body>");
        doc.Body!.InnerHtml = html;
        return doc.Body.QuerySelectorAll("img[src]").Select(i => StoragePathOf(i.GetAttribute("src"))).OfType<string>().Distinct().ToList();
    }
}
