using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Qalam.Hosting;

/// <summary>
/// On HTTPS the antiforgery cookie travels as "__Host-qalam.af" (Secure, Path=/, no Domain), as the session cookie
/// does; the antiforgery service keeps its one configured name, so the name is translated at the cookie features.
/// A plain "qalam.af" sent over HTTPS (which a sibling domain could plant) is ignored. Plain-HTTP loopback keeps the
/// unprefixed name so the demo and tests work.
/// </summary>
internal static class AntiforgeryCookie
{
    public const string Name = "qalam.af";
    private const string Prefixed = "__Host-" + Name;

    public static void UseHostPrefix(HttpContext context)
    {
        if (!context.Request.IsHttps) return;
        var cookies = context.Request.Cookies.Where(c => c.Key != Name)
            .Select(c => c.Key == Prefixed ? new KeyValuePair<string, string>(Name, c.Value) : c)
            .ToDictionary(c => c.Key, c => c.Value);
        context.Features.Set<IRequestCookiesFeature>(new RequestCookiesFeature(new RequestCookies(cookies)));
        var response = context.Features.Get<IResponseCookiesFeature>() ?? new ResponseCookiesFeature(context.Features);
        context.Features.Set<IResponseCookiesFeature>(new PrefixedResponseCookiesFeature(response.Cookies));
    }

    private sealed class RequestCookies(Dictionary<string, string> cookies) : IRequestCookieCollection
    {
        public string? this[string key] => cookies.GetValueOrDefault(key);
        public int Count => cookies.Count;
        public ICollection<string> Keys => cookies.Keys;
        public bool ContainsKey(string key) => cookies.ContainsKey(key);
        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => cookies.TryGetValue(key, out value);
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => cookies.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class PrefixedResponseCookiesFeature(IResponseCookies inner) : IResponseCookiesFeature
    {
        public IResponseCookies Cookies { get; } = new PrefixedResponseCookies(inner);
    }

    private sealed class PrefixedResponseCookies(IResponseCookies inner) : IResponseCookies
    {
        public void Append(string key, string value) => Append(key, value, new CookieOptions());

        public void Append(string key, string value, CookieOptions options)
        {
            if (key == Name)
            {
                key = Prefixed;
                options.Secure = true;
                options.Path = "/";
                options.Domain = null;
            }
            inner.Append(key, value, options);
        }

        public void Delete(string key) => inner.Delete(key == Name ? Prefixed : key);

        public void Delete(string key, CookieOptions options) => inner.Delete(key == Name ? Prefixed : key, options);
    }
}
