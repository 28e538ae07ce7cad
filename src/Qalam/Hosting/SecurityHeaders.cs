namespace Qalam.Hosting;

/// <summary>
/// Security headers on every response: a strict CSP (no inline script), framing refused, no sniffing, HSTS on HTTPS.
/// The one exception to the framing refusal is a response that calls <see cref="AllowSameOriginFraming"/>.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; " +
        "media-src 'self' https:; frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The admin shows contributors' drafts: images and media from the site only, so a post cannot make an editor's
    /// browser fetch a tracking pixel from elsewhere while previewing it.
    /// </summary>
    public static readonly string AdminContentSecurityPolicy = ContentSecurityPolicy
        .Replace("img-src 'self' data: https:;", "img-src 'self' data: blob:;", StringComparison.Ordinal)
        .Replace("media-src 'self' https:;", "media-src 'self';", StringComparison.Ordinal);

    /// <summary>
    /// For a PDF the site's own pages show in a frame: it loads nothing itself, and only this origin may frame it. No
    /// sandbox, which would stop the browser's PDF viewer; a PDF's own scripts run in the viewer, never in this origin.
    /// </summary>
    public const string FramablePdfPolicy = "default-src 'none'; frame-ancestors 'self'";

    private static readonly object SameOriginFraming = new();

    /// <summary>Lets the site's own pages, and no one else, frame this response (a published endorsement's PDF letter).</summary>
    public static void AllowSameOriginFraming(HttpContext context)
    {
        context.Items[SameOriginFraming] = true;
        context.Response.Headers.ContentSecurityPolicy = FramablePdfPolicy;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            // An endpoint that set its own, stricter policy keeps it (uploaded files are served with a sandbox).
            if (!h.ContainsKey("Content-Security-Policy"))
            {
                var policy = context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) ? AdminContentSecurityPolicy : ContentSecurityPolicy;
                h.ContentSecurityPolicy = context.Request.IsHttps ? policy + "; upgrade-insecure-requests" : policy;
            }
            h.XContentTypeOptions = "nosniff";
            // Only the PDF itself: an error page re-executed for the same request is refused like every other page.
            var framable = context.Items.ContainsKey(SameOriginFraming) && context.Response.ContentType == "application/pdf"
                && h.ContentSecurityPolicy == FramablePdfPolicy;
            h.XFrameOptions = framable ? "SAMEORIGIN" : "DENY";
            // Confidential responses set no-referrer themselves; everything else gets the site default.
            if (!h.ContainsKey("Referrer-Policy")) h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps) h.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
