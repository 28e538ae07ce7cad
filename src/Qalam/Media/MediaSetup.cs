using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Media;

public static class MediaSetup
{
    /// <summary>The admin pages that take uploads: their request body limit follows the configured file limits.</summary>
    private static readonly string[] UploadPages = ["/Admin/Media/Index"];

    public static WebApplicationBuilder AddQalamMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>().Bind(builder.Configuration.GetSection(MediaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<MediaStore>();
        builder.Services.AddScoped<MediaHtml>();
        var limits = builder.Configuration.GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions();
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            foreach (var page in UploadPages)
            {
                o.Conventions.AddPageApplicationModelConvention(page, m =>
                {
                    m.EndpointMetadata.Add(new RequestSizeLimitAttribute(limits.MaxRequestBytes));
                    m.EndpointMetadata.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limits.MaxRequestBytes });
                });
            }
        });
        return builder;
    }

    /// <summary>
    /// Serves library files and their variants: only paths the library knows, with the stored content type, never sniffed,
    /// sandboxed so a file can never run script in the site's origin. Also the editor's picker (JSON).
    /// </summary>
    public static WebApplication MapQalamMedia(this WebApplication app)
    {
        app.MapGet("/media/{**path}", ServeAsync);
        app.MapGet("/admin/media/picker.json", MediaPicker.ListAsync).RequireAuthorization(Policies.Publish);
        return app;
    }

    private static async Task<IResult> ServeAsync(string path, bool? download, QalamDb db, MediaStore store, HttpContext http, CancellationToken ct)
    {
        var found = await FindAsync(db, path, ct);
        if (found is null) return Results.NotFound();
        var (item, storagePath, contentType) = found.Value;
        var full = Path.Combine(store.Root, storagePath);
        if (!File.Exists(full)) return Results.NotFound();
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        http.Response.Headers.CacheControl = "public, max-age=2592000";
        var inline = download != true && (contentType.StartsWith("image/", StringComparison.Ordinal) || contentType == "application/pdf");
        var name = storagePath == item.StoragePath ? Path.GetFileName(item.StoragePath) : Path.GetFileName(storagePath);
        http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = inline, FileName = name }.ToString();
        return Results.File(full, contentType, enableRangeProcessing: true);
    }

    /// <summary>The item a path belongs to: the original itself, or one of its variants (with the variant's own type).</summary>
    private static async Task<(MediaItem Item, string StoragePath, string ContentType)?> FindAsync(QalamDb db, string path, CancellationToken ct)
    {
        var item = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.StoragePath == path, ct);
        if (item is not null) return (item, item.StoragePath, item.ContentType);
        if (MediaVariants.ParseVariantPath(path) is not { } variant) return null;
        var prefix = variant.Stem + ".";
        var candidates = await db.Media.AsNoTracking().Where(m => m.StoragePath.StartsWith(prefix) && m.VariantWidths != null).ToListAsync(ct);
        return candidates
            .SelectMany(c => MediaVariants.Of(c).Where(v => v.StoragePath == path).Select(v => (c, v.StoragePath, v.ContentType)))
            .Cast<(MediaItem, string, string)?>()
            .FirstOrDefault();
    }
}
