using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Qalam.Content;

namespace Qalam.Pages;

/// <summary>
/// Base of every public page: loads the site's settings and logo before the handler runs,
/// and carries what the layout needs (languages, title, description, canonical address, feeds, structured data).
/// </summary>
[ContentLanguage]
public abstract class SitePageModel : PageModel
{
    public SiteContext Site => HttpContext.RequestServices.GetRequiredService<SiteContext>();
    public SiteSettings Settings => Site.Settings;
    /// <summary>The logo as a library image with its sizes, or null (no logo, or one given by another address).</summary>
    public Media.ResponsiveImage? Logo { get; private set; }

    /// <summary>The site's languages (<see cref="Localization.Languages"/>).</summary>
    public Localization.Languages Languages => HttpContext.RequestServices.GetRequiredService<Localization.Languages>();

    /// <summary>Content language of the page, by code ("ar", "en").</summary>
    public string Language { get => _language ?? Languages.Default.Code; protected set => _language = value; }
    private string? _language;
    public string Direction => Languages.Of(Language).Direction;

    /// <summary>
    /// The language of the frame around the content (header, menu, footer): the site's, Arabic, even around an
    /// English post, whose article carries its own lang and dir.
    /// </summary>
    public string SiteLanguage { get => _siteLanguage ?? Languages.Default.Code; private set => _siteLanguage = value; }
    private string? _siteLanguage;
    public string SiteDirection => Languages.Of(SiteLanguage).Direction;
    public string PageTitle { get; protected set; } = "";
    public string? Description { get; protected set; }
    public string? CanonicalPath { get; protected set; }
    public string OpenGraphType { get; protected set; } = "website";
    public string? ImagePath { get; protected set; }
    /// <summary>The image's size and text for og:image:width, og:image:height and og:image:alt / twitter:image:alt, when known.</summary>
    public int? ImageWidth { get; protected set; }
    public int? ImageHeight { get; protected set; }
    public string? ImageAlt { get; protected set; }
    public bool NoIndex { get; protected set; }
    public List<(string Title, string Href, string Type)> FeedLinks { get; } = [];
    /// <summary>Schema.org objects rendered as JSON-LD.</summary>
    public List<object> StructuredData { get; } = [];

    public string AbsoluteUrl(string path)
    {
        var configured = HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<QalamOptions>>().Value.PublicUrl;
        var root = string.IsNullOrEmpty(configured) ? $"{Request.Scheme}://{Request.Host}" : configured.TrimEnd('/');
        return root + path;
    }

    /// <summary>
    /// The address of a post's share card (its title drawn in the site's colours), for <see cref="ImagePath"/> when the
    /// post has no image of its own; also gives the image's size and text. Nothing is drawn until the card is requested.
    /// </summary>
    protected string ShareCardPath(int postId, string title, PostKind kind, string language)
    {
        (ImageWidth, ImageHeight, ImageAlt) = (Sharing.ShareCard.Width, Sharing.ShareCard.Height, title);
        return Sharing.ShareCard.For(postId, title, kind, language, Settings).Path;
    }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var ct = HttpContext.RequestAborted;
        // Public pages speak the content's language, whatever the admin interface is set to.
        SiteLanguage = Languages.Default.Code;
        UseLanguage(SiteLanguage);
        var settings = await Site.GetSettingsAsync(ct);
        var services = HttpContext.RequestServices;
        Logo = await services.GetRequiredService<SiteCache>().LogoAsync(services.GetRequiredService<Data.QalamDb>(), settings, ct);
        await next();
    }

    /// <summary>
    /// Switches the strings the page itself renders to its content's language (an English post's byline); the layout
    /// renders the frame in <see cref="SiteLanguage"/>.
    /// </summary>
    protected void UseLanguage(string language)
    {
        Language = Languages.Of(language).Code;
        HttpContext.Items[ContentLanguageAttribute.ItemKey] = Language;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Localization.LocalizationSetup.Culture(Language);
    }

    /// <summary>A page that is not content (an admin address's error) may speak the interface language in its frame too.</summary>
    protected void UseFrameLanguage(string language)
    {
        UseLanguage(language);
        SiteLanguage = Language;
    }

    /// <summary>
    /// The slug as the database keeps it. When the request used another form of it (decomposed Unicode, upper-case Latin),
    /// the caller answers 301 to the canonical address.
    /// </summary>
    protected static (string Slug, bool IsCanonical) Canonical(string raw)
    {
        var slug = Slug.Normalize(raw);
        return (slug, slug == raw);
    }

    protected async Task<IActionResult> NotFoundOrRedirectAsync()
    {
        var target = await HttpContext.RequestServices.GetRequiredService<RedirectResolver>().FindAsync(Request.Path.Value ?? "/", HttpContext.RequestAborted);
        return target is null ? NotFound() : RedirectPermanent(target);
    }

    protected static int PageNumber(int? page) => page is > 0 and < 100_000 ? page.Value : 1;
}
