using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Pages;

/// <summary>
/// Links a public view makes, for any partial whatever its model: site addresses in the request's language (the
/// address's prefix), posts at their own language's address.
/// </summary>
public static class LanguageLinks
{
    /// <summary>The request's language: its address's prefix, else the default.</summary>
    public static Language RequestLanguage(this HttpContext http)
    {
        var languages = http.RequestServices.GetRequiredService<Languages>();
        return languages.Find(http.GetRouteValue(LanguageAddresses.RouteKey) as string) ?? languages.Default;
    }

    /// <summary>A site address in the request's language: "/category/x" under /en/ is "/en/category/x".</summary>
    public static string Href(this HttpContext http, string path) =>
        http.RequestServices.GetRequiredService<Languages>().Path(http.RequestLanguage(), path);

    /// <summary>A post's address in its own language, whatever page links to it.</summary>
    public static string PostHref(this HttpContext http, PostSummary post) => Urls.Post(post, http.RequestServices.GetRequiredService<Languages>());
}
