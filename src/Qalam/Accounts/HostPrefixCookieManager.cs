using Microsoft.AspNetCore.Authentication.Cookies;

namespace Qalam.Accounts;

/// <summary>
/// On HTTPS the session cookies take the "__Host-" prefix (Secure, Path=/, no Domain: the browser refuses them from
/// plain HTTP or a sibling domain). On plain-HTTP loopback (the demo, tests) the names stay unprefixed so sign-in works.
/// </summary>
internal sealed class HostPrefixCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, Name(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, Name(context, key), options);

    private static string Name(HttpContext context, string key) => context.Request.IsHttps ? "__Host-" + key : key;
}
