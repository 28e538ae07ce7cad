namespace Qalam.Hosting;

/// <summary>Security headers on every response: a strict CSP (no inline script), framing refused, no sniffing, HSTS on HTTPS.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; " +
        "media-src 'self' https:; frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            // An endpoint that set its own, stricter policy keeps it (uploaded files are served with a sandbox).
            if (!h.ContainsKey("Content-Security-Policy"))
            {
                h.ContentSecurityPolicy = context.Request.IsHttps ? ContentSecurityPolicy + "; upgrade-insecure-requests" : ContentSecurityPolicy;
            }
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps) h.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
