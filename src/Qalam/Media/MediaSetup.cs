using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Media;

public static class MediaSetup
{
    /// <summary>Where uploads are posted: their request bodies are capped by the configured file limits.</summary>
    private const string UploadPath = "/admin/media";

    public static WebApplicationBuilder AddQalamMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>().Bind(builder.Configuration.GetSection(MediaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<MediaStore>();
        builder.Services.AddSingleton<ImageWork>();
        builder.Services.AddScoped<MediaSweep>();
        builder.Services.AddScoped<MediaHtml>();
        return builder;
    }

    /// <summary>
    /// Serves library files and their variants: only paths the library knows, with the stored content type, never sniffed,
    /// sandboxed so a file can never run script in the site's origin. Also the editor's picker (JSON).
    /// </summary>
    public static WebApplication MapQalamMedia(this WebApplication app)
    {
        app.Use(LimitUploadBodiesAsync);
        app.MapGet("/media/{**path}", ServeAsync);
        app.MapGet("/admin/media/picker.json", MediaPicker.ListAsync).RequireAuthorization(Policies.Publish);
        return app;
    }

    /// <summary>
    /// Caps upload request bodies before anything reads them (antiforgery reads the form first): the server's limit where
    /// it has one, the multipart form's own limit everywhere. A body that says it is larger is refused with 413 at once.
    /// </summary>
    private static async Task LimitUploadBodiesAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments(UploadPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        var limit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<MediaOptions>>().Value.MaxRequestBytes;
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (context.Request.HasFormContentType)
        {
            var options = new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = limit };
            context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(context.Request, options));
        }
        await next(context);
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
