using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Qalam.Caching;
using Qalam.Content;
using Qalam.Pages;

namespace Qalam.Feeds;

/// <summary>
/// RSS 2.0 at …/feed and Atom at …/feed/atom, for the whole site and for each author, category and tag, in each
/// language (/feed in the default one, /en/feed in English). Items come from <see cref="ContentQueries"/>, in the
/// address's language, so a feed shows exactly what the matching page shows.
/// </summary>
internal static class FeedEndpoints
{
    private enum Format { Rss, Atom }

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var language in new[] { "", $"/{{{Pages.LanguageAddresses.RouteKey}:{Pages.LanguagePrefix.Name}}}" })
        {
            app.MapGet(language + "/feed", (HttpContext http, CancellationToken ct) => SiteAsync(http, Format.Rss, ct));
            app.MapGet(language + "/feed/atom", (HttpContext http, CancellationToken ct) => SiteAsync(http, Format.Atom, ct));
            foreach (var (prefix, kind) in new[] { ("author", SitemapTerm.Author), ("category", SitemapTerm.Category), ("tag", SitemapTerm.Tag) })
            {
                app.MapGet($"{language}/{prefix}/{{slug}}/feed", (string slug, HttpContext http, CancellationToken ct) => TermAsync(http, kind, slug, Format.Rss, ct));
                app.MapGet($"{language}/{prefix}/{{slug}}/feed/atom", (string slug, HttpContext http, CancellationToken ct) => TermAsync(http, kind, slug, Format.Atom, ct));
            }
        }
    }

    private static async Task<IResult> SiteAsync(HttpContext http, Format format, CancellationToken ct)
    {
        var (content, site, t, count) = Services(http);
        await site.GetSettingsAsync(ct);
        var items = await content.ListForFeedAsync(count, ct: ct);
        // The channel is titled in the feed's language: the site's name translated, else the default's.
        var name = site.SiteName(http.RequestLanguage());
        var source = new FeedSource(name, string.Format(t["SiteFeedDescription"], name), Code(http), "/", FeedPath("", format), items);
        return Write(http, site, source, format);
    }

    private static async Task<IResult> TermAsync(HttpContext http, SitemapTerm kind, string raw, Format format, CancellationToken ct)
    {
        var slug = Slug.Normalize(raw);
        var (content, site, t, count) = Services(http);
        await site.GetSettingsAsync(ct);
        var texts = site.Texts(http.RequestLanguage());
        var siteName = texts.Name(TextSubject.Site, 1, site.Settings.Name);
        FeedSource? source = null;
        switch (kind)
        {
            case SitemapTerm.Author when await content.FindAuthorAsync(slug, ct) is { } a:
                http.Tag(ContentKeys.Author(a.Slug));
                source = new(string.Format(t["AuthorFeedTitle"], a.Name, siteName), string.Format(t["AuthorFeedDescription"], a.Name, siteName),
                    Code(http), Urls.Author(a.Slug), FeedPath(Urls.Author(a.Slug), format), await content.ListForFeedAsync(count, authorId: a.Id, ct: ct));
                break;
            case SitemapTerm.Category when await content.FindCategoryAsync(slug, ct) is { } c:
                http.Tag(ContentKeys.Category(c.Slug));
                var category = texts.Name(TextSubject.Category, c.Id, c.Name);
                source = new(string.Format(t["CategoryFeedTitle"], category, siteName), string.Format(t["CategoryFeedDescription"], category),
                    Code(http), Urls.Category(c.Slug), FeedPath(Urls.Category(c.Slug), format), await content.ListForFeedAsync(count, categoryId: c.Id, ct: ct));
                break;
            case SitemapTerm.Tag when await content.FindTagAsync(slug, ct) is { } g:
                http.Tag(ContentKeys.Tag(g.Slug));
                var tagged = await content.ListForFeedAsync(count, tagId: g.Id, ct: ct);
                // As on the tag page: a tag only unpublished posts carry does not exist for the public; one whose posts are
                // all in another language has an empty feed in this one.
                if (tagged.Count > 0 || await content.IsTagPublicAsync(g.Id, ct))
                {
                    var tag = texts.Name(TextSubject.Tag, g.Id, g.Name);
                    source = new(string.Format(t["TagFeedTitle"], tag, siteName), string.Format(t["TagFeedDescription"], tag),
                        Code(http), Urls.Tag(g.Slug), FeedPath(Urls.Tag(g.Slug), format), tagged);
                }
                break;
        }
        if (source is null) return Results.NotFound();
        // Another spelling of the slug (percent-decoded NFD, upper-case Latin) answers 301 to the one address.
        if (slug != raw) return Results.Redirect(http.Href(source.FeedPath), permanent: true);
        return Write(http, site, source, format);
    }

    private static (ContentQueries, SiteContext, IStringLocalizer<FeedStrings>, int) Services(HttpContext http)
    {
        // Feeds speak their address's language, whatever interface language a visitor's cookie asks for, and list
        // that language's posts.
        var language = http.RequestLanguage();
        CultureInfo.CurrentUICulture = language.Interface;
        var sp = http.RequestServices;
        var content = sp.GetRequiredService<ContentQueries>();
        content.ListingLanguage = language.Code;
        return (content, sp.GetRequiredService<SiteContext>(),
            sp.GetRequiredService<IStringLocalizer<FeedStrings>>(), sp.GetRequiredService<IOptions<FeedOptions>>().Value.Items);
    }

    private static string Code(HttpContext http) => http.RequestLanguage().Code;

    private static string FeedPath(string basePath, Format format) => basePath + (format == Format.Rss ? "/feed" : "/feed/atom");

    private static IResult Write(HttpContext http, SiteContext site, FeedSource source, Format format)
    {
        // Statements carry their number in the title, as on every list of the site.
        var o = http.RequestServices.GetRequiredService<IStringLocalizer<Organisation.OrganisationStrings>>();
        var languages = http.RequestServices.GetRequiredService<Localization.Languages>();
        source = source with
        {
            Items = source.Items.Select(p => p with { Title = Organisation.StatementTitles.Listed(p, site, o) }).ToList(),
            // The feed's own addresses in its language; each item at its own language's address.
            HtmlPath = http.Href(source.HtmlPath),
            FeedPath = http.Href(source.FeedPath),
            PostPath = p => Urls.Post(p, languages),
            AuthorPath = slug => http.Href(Urls.Author(slug)),
        };
        http.Tag(PageTags.Feeds);
        http.Shows(source.Items);
        using var buffer = new MemoryStream();
        var root = SiteAddress.Root(http);
        if (format == Format.Rss) RssWriter.Write(buffer, source, root, site.Now);
        else AtomWriter.Write(buffer, source, root, site.Now);
        return Results.Bytes(buffer.ToArray(), format == Format.Rss ? RssWriter.ContentType : AtomWriter.ContentType);
    }
}
