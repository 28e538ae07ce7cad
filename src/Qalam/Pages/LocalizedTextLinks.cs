using Qalam.Content;

namespace Qalam.Pages;

/// <summary>The translated names, tagline and menu for any public view, in the request's language (its address's prefix).</summary>
public static class LocalizedTextLinks
{
    /// <summary>The request language's texts; the page (or endpoint) has loaded the site's settings, and the texts with them.</summary>
    public static TextsIn Texts(this HttpContext http) => http.RequestServices.GetRequiredService<SiteContext>().Texts(http.RequestLanguage());
}
