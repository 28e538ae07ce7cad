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
public abstract partial class SitePageModel : PageModel
{
    [System.Text.RegularExpressions.GeneratedRegex(@"[?&]page=\d+$")]
    private static partial System.Text.RegularExpressions.Regex PageQuery();

    public SiteContext Site => HttpContext.RequestServices.GetRequiredService<SiteContext>();
    public SiteSettings Settings => Site.Settings;
    /// <summary>The logo as a library image with its sizes, or null (no logo, or one given by another address).</summary>
    public Media.ResponsiveImage? Logo { get; private set; }

    /// <summary>Names, tagline and menu in the request's language: translations, else the default's isolated (<see cref="TextsIn"/>).</summary>
    public TextsIn Texts => HttpContext.Texts();

    /// <summary>The site's name in the request's language.</summary>
    public string SiteName => Site.SiteName(RequestLanguage);

    /// <summary>The site's languages (<see cref="Localization.Languages"/>).</summary>
    public Localization.Languages Languages => HttpContext.RequestServices.GetRequiredService<Localization.Languages>();

    /// <summary>Content language of the page, by code ("ar", "en").</summary>
    public string Language { get => _language ?? Languages.Default.Code; protected set => _language = value; }
    private string? _language;
    public string Direction => Languages.Of(Language).Direction;

    /// <summary>
    /// The language of the frame around the content (header, menu, labels, dates): the request's, from the address's
    /// prefix (/en/…), else the default. A post lives at its language's address, so the frame speaks its language; a
    /// post in a language the site does not list keeps the default's frame and its article carries its own lang and dir.
    /// </summary>
    public string SiteLanguage { get => _siteLanguage ?? Languages.Default.Code; private set => _siteLanguage = value; }
    private string? _siteLanguage;
    public string SiteDirection => Languages.Of(SiteLanguage).Direction;

    /// <summary>The language the address asked for: its prefix's (/en/…), else the default. Listings and links follow it.</summary>
    public Localization.Language RequestLanguage => HttpContext.RequestLanguage();

    /// <summary>A site address in the request's language: "/category/x" under /en/ is "/en/category/x".</summary>
    public string Href(string path) => HttpContext.Href(path);

    /// <summary>Where a listed post lives: at its own language's address, whatever page links to it.</summary>
    public string PostHref(PostSummary post) => HttpContext.PostHref(post);

    /// <summary>
    /// The same page in each language that has it, by code, this one's included (unprefixed paths are given their
    /// language's prefix here). The language switcher leads there, and each becomes a hreflang alternate.
    /// </summary>
    public IReadOnlyDictionary<string, string> Equivalents => _equivalents;
    private readonly Dictionary<string, string> _equivalents = [];

    /// <summary>For pages that exist in every language (the home, an archive, a list): the same path under each prefix.</summary>
    protected void InEveryLanguage(string path)
    {
        foreach (var language in Languages.All) _equivalents[language.Code] = Languages.Path(language, path);
    }

    /// <summary>A translation of this page, at an address already in its language.</summary>
    protected void AddEquivalent(string language, string address) => _equivalents[language] = address;

    /// <summary>The switcher's entries: each language's version of this page, or that language's home when it has none.</summary>
    public IReadOnlyList<LanguageChoice> LanguageChoices => Languages.All
        .Select(l => new LanguageChoice(l, _equivalents.GetValueOrDefault(l.Code) ?? Languages.Path(l, "/"), l.Code == SiteLanguage, _equivalents.ContainsKey(l.Code)))
        .ToList();

    /// <summary>Canonical address of this page in the request's language.</summary>
    public string? CanonicalHref => CanonicalPath is null ? null : Href(CanonicalPath);

    /// <summary>
    /// Whether this page exists at the same address in every language (the home, archives, lists), so the switcher
    /// and hreflang lead to its address under each prefix; a post or statement names its own translations instead.
    /// </summary>
    protected virtual bool SameInEveryLanguage => true;

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
        // Public pages speak the address's language, whatever the admin interface is set to; so do their listings.
        SiteLanguage = RequestLanguage.Code;
        UseLanguage(SiteLanguage);
        var services = HttpContext.RequestServices;
        services.GetRequiredService<ContentQueries>().ListingLanguage = SiteLanguage;
        var settings = await Site.GetSettingsAsync(ct);
        Logo = await services.GetRequiredService<SiteCache>().LogoAsync(services.GetRequiredService<Data.QalamDb>(), settings, ct);
        await next();
        // Page 2 of an archive may not exist in another language: its first page does.
        if (SameInEveryLanguage && _equivalents.Count == 0 && CanonicalPath is { } canonical) InEveryLanguage(PageQuery().Replace(canonical, ""));
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

/// <summary>One entry of the language switcher: a language, where it leads, whether it is the page's own, and whether it is this page's translation (else its home).</summary>
public sealed record LanguageChoice(Localization.Language Language, string Href, bool Current, bool IsTranslation);
