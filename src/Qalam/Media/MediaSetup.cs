using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Media;

public static class MediaSetup
{
    public static WebApplicationBuilder AddQalamMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MediaStore>();
        return builder;
    }

    /// <summary>
    /// Serves library files: only paths the library knows, with the stored content type, never sniffed,
    /// sandboxed so a file can never run script in the site's origin.
    /// </summary>
    public static WebApplication MapQalamMedia(this WebApplication app)
    {
        app.MapGet("/media/{**path}", async (string path, QalamDb db, MediaStore store, HttpContext http, CancellationToken ct) =>
        {
            var item = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.StoragePath == path, ct);
            if (item is null) return Results.NotFound();
            var full = store.FullPath(item);
            if (!File.Exists(full)) return Results.NotFound();
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
            http.Response.Headers.CacheControl = "public, max-age=2592000";
            var inline = item.ContentType.StartsWith("image/", StringComparison.Ordinal) || item.ContentType == "application/pdf";
            http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition
            {
                Inline = inline,
                FileName = Path.GetFileName(item.StoragePath),
            }.ToString();
            return Results.File(full, item.ContentType, enableRangeProcessing: true);
        });
        return app;
    }
}
