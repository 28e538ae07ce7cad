using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;
using Qalam.Organisation;
using SkiaSharp;

namespace Qalam.Sharing;

/// <summary>GET /cards/{post}/{hash}.png: a public post's card; 404 for anything the public cannot see.</summary>
internal static class ShareCardEndpoint
{
    public static async Task<IResult> ServeAsync(ShareCardFiles files, int postId, string hash, HttpContext http, CancellationToken ct)
    {
        var services = http.RequestServices;
        var db = services.GetRequiredService<QalamDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var post = await db.Posts.AsNoTracking().Where(ContentQueries.IsPublic(now)).Where(p => p.Id == postId)
            .Select(p => new { p.Title, p.Kind, p.Language }).FirstOrDefaultAsync(ct);
        if (post is null) return Results.NotFound();
        var site = services.GetRequiredService<SiteContext>();
        var card = ShareCard.For(postId, post.Title, post.Kind, post.Language, await site.GetSettingsAsync(ct));
        if (!string.Equals(hash, card.Hash, StringComparison.Ordinal))
        {
            // An address from before the title (or the site's name) changed: the current card, whose address may change again.
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Redirect(card.Path);
        }
        var path = files.Find(card) ?? await DrawAsync(files, card, db, site, services, ct);
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.File(path, "image/png", entityTag: new EntityTagHeaderValue($"\"{card.Hash}\""));
    }

    private static async Task<string> DrawAsync(ShareCardFiles files, ShareCard card, QalamDb db, SiteContext site, IServiceProvider services, CancellationToken ct)
    {
        var text = new ShareCardText(card.Title, await KindAsync(card, db, site, services, ct), card.SiteName, card.RightToLeft);
        var logo = await LogoAsync(card.LogoUrl, db, services, ct);
        return await files.DrawAsync(card, () =>
        {
            using var image = logo is null ? null : SKImage.FromEncodedData(logo);
            return ShareCardImage.Render(text, image);
        });
    }

    /// <summary>The kind in the post's language; a statement by its number, «بيان رقم (3) لعام 2026», as its page heads it.</summary>
    private static async Task<string> KindAsync(ShareCard card, QalamDb db, SiteContext site, IServiceProvider services, CancellationToken ct)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Localization.LocalizationSetup.Culture(card.Language);
        if (card.Kind == PostKind.Statement)
        {
            var number = await db.Statements.AsNoTracking().Where(s => s.PostId == card.PostId && s.Number != null)
                .Select(s => new { Year = s.Year!.Value, Number = s.Number!.Value }).FirstOrDefaultAsync(ct);
            if (number is not null)
            {
                return StatementTitles.Heading(number.Number, number.Year, site, services.GetRequiredService<IStringLocalizer<OrganisationStrings>>());
            }
        }
        return services.GetRequiredService<IStringLocalizer<SharingStrings>>()["Kind_" + card.Kind];
    }

    /// <summary>
    /// The logo's bytes when the settings point at an image of the media library (/media/…, or under the public URL);
    /// a logo elsewhere is not fetched, and the card shows the name alone. A small variant is read when there is one.
    /// </summary>
    private static async Task<byte[]?> LogoAsync(string? logoUrl, QalamDb db, IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<QalamOptions>>().Value;
        if (StoragePathOf(logoUrl, options.PublicUrl) is not { } storagePath) return null;
        var item = await db.Media.AsNoTracking().Where(m => m.StoragePath == storagePath && m.ContentType.StartsWith("image/"))
            .Select(m => new { m.StoragePath, m.ContentType, m.VariantWidths }).FirstOrDefaultAsync(ct);
        if (item is null) return null;
        var chosen = MediaVariants.Of(item.StoragePath, item.ContentType, item.VariantWidths)
            .Where(v => v.Width >= 440).OrderBy(v => v.Width).Select(v => v.StoragePath).FirstOrDefault() ?? item.StoragePath;
        var file = Path.Combine(options.FilesPath("media"), chosen);
        return File.Exists(file) ? await File.ReadAllBytesAsync(file, ct) : null;
    }

    internal static string? StoragePathOf(string? url, string? publicUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var root = publicUrl?.TrimEnd('/') ?? "";
        var path = url.StartsWith("/media/", StringComparison.Ordinal) ? url
            : root.Length > 0 && url.StartsWith(root + "/media/", StringComparison.OrdinalIgnoreCase) ? url[root.Length..]
            : null;
        if (path is null) return null;
        // Urls.Media escapes each segment; the library stores them unescaped. Query or fragment: not part of the file.
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0) path = path[..end];
        return string.Join('/', path["/media/".Length..].Split('/').Select(Uri.UnescapeDataString));
    }
}
