using System.Globalization;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Feeds;
using Qalam.Localization;
using Qalam.Organisation;

namespace Qalam.Api.Public;

/// <summary>
/// Turns what ContentQueries read into the API's records: absolute addresses from the site's root, times in UTC and
/// in the site's zone, statements titled as the site titles them (StatementTitles, in the post's own language), and a
/// post's address in its own language (/en/slug for an English post), never one that answers 301.
/// </summary>
public sealed class ApiShapes(string root, SiteContext site, IStringLocalizer<OrganisationStrings> t, Languages languages)
{
    public string Root => root;
    public SiteContext Site => site;

    public static async Task<ApiShapes> ForAsync(HttpContext http)
    {
        var site = http.RequestServices.GetRequiredService<SiteContext>();
        await site.GetSettingsAsync(http.RequestAborted);
        return new ApiShapes(SiteAddress.Root(http), site, http.RequestServices.GetRequiredService<IStringLocalizer<OrganisationStrings>>(),
            http.RequestServices.GetRequiredService<Languages>());
    }

    public string Url(string path) => root + path;

    /// <summary>An absolute address in a language: under its prefix unless it is the default (or one the site does not list).</summary>
    public string Url(string path, string language) => root + Urls.InLanguage(languages, language, path);
    /// <summary>Where a post lives: at its language's address (a numbered statement at its number's).</summary>
    public string PostUrl(PostSummary p) => Url(Urls.Post(p, languages));
    public ApiTime Time(DateTimeOffset utc) => new(utc.UtcDateTime, site.ToLocal(utc));
    public static string Kind(PostKind kind) => kind.ToString().ToLowerInvariant();

    public string DisplayTitle(string title, StatementNumber? statement, string language)
    {
        if (statement is not { } n) return title;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = LocalizationSetup.Culture(language);
        try
        {
            return StatementTitles.Numbered(title, n.Number, n.Year, site, t, language);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public ApiAuthor Author(AuthorRef a, int id) => new(id, a.Name, a.Slug, Url(Urls.Author(a.Slug)));
    public ApiAuthor Author(AuthorProfile a) => new(a.Id, a.Name, a.Slug, Url(Urls.Author(a.Slug)), a.Bio, a.AvatarUrl is { } u ? Absolute(u) : null);
    public ApiTerm Category(TermSummary c) => new(c.Id, c.Name, c.Slug, Url(Urls.Category(c.Slug)), c.Description, c.ParentId, c.Count);
    public ApiTerm Tag(TermSummary c) => new(c.Id, c.Name, c.Slug, Url(Urls.Tag(c.Slug)), null, null, c.Count);

    /// <summary>Addresses the site stores root-relative (/media/…) made absolute; absolute ones kept.</summary>
    public string Absolute(string url) => url.StartsWith('/') && !url.StartsWith("//") ? root + url : url;

    private ApiImage? Image(PostSummary p) => p.FeaturedImagePath is { } path
        ? new ApiImage(Url(Urls.Media(path)), p.FeaturedImageAlt, p.Image?.Width, p.Image?.Height)
        : null;

    public ApiPostSummary Summary(PostSummary p, PostLinks terms) => new(
        p.Id, p.Slug, Kind(p.Kind), p.Language, p.Title, DisplayTitle(p.Title, p.Statement, p.Language), PostUrl(p), p.Teaser,
        Time(p.PublishedUtc), Time(p.UpdatedUtc), Author(p.Author, terms.AuthorId),
        terms.Categories.Select(c => Category(c) with { Count = null }).ToList(), terms.Tags.Select(t => Tag(t) with { Count = null }).ToList(),
        Image(p), p.Statement is { } n ? new ApiStatementNumber(n.Year, n.Number) : null, p.ReadingMinutes);

    public ApiPost Post(PostView v, PostLinks terms)
    {
        var s = Summary(v.Post, terms);
        return new ApiPost(s.Id, s.Slug, s.Kind, s.Language, s.Title, s.DisplayTitle, s.Url, s.Excerpt,
            SiteAddress.AbsolutizeLinks(v.Post.BodyHtml, root), s.Published, s.Updated, s.Author with { Bio = v.AuthorBio },
            s.Categories, s.Tags, s.FeaturedImage, s.Statement, s.ReadingMinutes, v.SeoTitle, v.SeoDescription);
    }
}
