using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Qalam.Caching;

/// <summary>
/// Gives a page that is about to be cached what lets browsers and CDNs reuse it: an ETag of its bytes (as sent, so a
/// Brotli and a gzip copy differ), Last-Modified, and a Cache-Control a CDN may follow. The page cache then answers
/// If-None-Match and If-Modified-Since with 304 from these. Pages that are not cached pass straight through.
/// </summary>
internal sealed class PageValidators(RequestDelegate next, IOptions<CacheOptions> options, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is not { AllowCacheStorage: true })
        {
            // A signed-in person's copy of a public page must not be kept by a CDN or shown to the next reader.
            if (PageCachePolicy.HasSession(http)) http.Response.OnStarting(() =>
            {
                if (http.Response.Headers.CacheControl.Count == 0) http.Response.Headers.CacheControl = "private, no-cache";
                return Task.CompletedTask;
            });
            await next(http);
            return;
        }
        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
        }
        var headers = http.Response.Headers;
        if (http.Response.StatusCode == StatusCodes.Status200OK && headers.CacheControl.Count == 0)
        {
            var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            headers.ETag = $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
            headers.LastModified = clock.GetUtcNow().ToString("R");
            var shared = options.Value.SharedMaxAgeSeconds;
            headers.CacheControl = $"public, max-age=0, s-maxage={shared}, stale-while-revalidate={shared * 10}";
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(body, http.RequestAborted);
    }
}
