using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Qalam.Accounts;

/// <summary>
/// Per-IP limits on the forms that guess secrets (password, two-factor code, forgot password). Each client IP gets
/// <see cref="PermitsPerWindow"/> posts per <see cref="Window"/> (setting Qalam:SignInAttemptsPerMinute); beyond that
/// a 429 page, the same whatever the email. With Qalam:Redis the posts are counted across every instance.
/// </summary>
public static class SignInRateLimit
{
    public const int PermitsPerWindow = 10;
    public const string Setting = "Qalam:SignInAttemptsPerMinute";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>The policy the secret-guessing pages carry as endpoint metadata (see AdminSetup), so every spelling of their path that routes to them counts.</summary>
    public const string Policy = "sign-in";

    /// <summary>The pages whose posts guess a secret or set one.</summary>
    public static readonly string[] LimitedPages = ["/Admin/SignIn", "/Admin/Account/SignInTwoFactor", "/Admin/Account/ForgotPassword", "/Admin/Account/ResetPassword"];

    public static void Configure(RateLimiterOptions o, int permits)
    {
        o.AddPolicy(Policy, http => HttpMethods.IsPost(http.Request.Method)
            ? ScaleOut.SharedWindowLimiter.Partition(http.RequestServices, $"sign-in:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", permits, Window)
            : RateLimitPartition.GetNoLimiter("unlimited"));
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = WriteRefusalAsync;
    }

    private static async ValueTask WriteRefusalAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<AccountStrings>>();
        var language = http.RequestServices.GetRequiredService<Localization.Languages>().Current;
        var e = http.RequestServices.GetRequiredService<HtmlEncoder>();
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{language.Code}" dir="{language.Direction}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
            <title>{e.Encode(t["TooManyTitle"])}</title><link rel="stylesheet" href="/css/admin.css"></head>
            <body><main id="main"><h1>{e.Encode(t["TooManyTitle"])}</h1>
            <p role="alert">{e.Encode(t["TooManyMessage"]).Replace("{0}", $"<bdi>{seconds}</bdi>", StringComparison.Ordinal)}</p>
            <p><a href="/admin/sign-in">{e.Encode(t["BackToSignIn"])}</a></p></main></body></html>
            """, ct);
    }
}
