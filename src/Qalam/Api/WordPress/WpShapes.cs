using System.Globalization;
using System.Net;
using Qalam.Api.Public;
using Qalam.Content;
using Qalam.Feeds;

namespace Qalam.Api.WordPress;

/// <summary>Qalam's records in WordPress's shapes: WordPress ids, its date forms (local and GMT, without offsets), its _links.</summary>
public sealed class WpShapes(ApiShapes shapes)
{
    public string Root => shapes.Root;
    public string Route(string path) => shapes.Url("/wp-json/wp/v2" + path);

    /// <summary>WordPress writes dates without an offset: <c>date</c> in the site's zone, <c>date_gmt</c> in UTC.</summary>
    public (string Local, string Gmt) Dates(DateTimeOffset utc) =>
        (shapes.Site.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));

    private static IReadOnlyList<WpLink> One(string href, bool? embeddable = null) => [new WpLink(href, embeddable)];

    public WpPost Post(PostSummary p, PostLinks links, WpIdMaps ids, WpEmbedded? embedded)
    {
        var id = ids.Posts[p.Id];
        var isPage = p.Kind == PostKind.Page;
        var type = isPage ? "pages" : "posts";
        var (date, dateGmt) = Dates(p.PublishedUtc);
        var (modified, modifiedGmt) = Dates(p.UpdatedUtc);
        var media = links.FeaturedMediaId is { } m ? ids.Media.GetValueOrDefault(m, m) : 0;
        var author = ids.Authors.GetValueOrDefault(links.AuthorId, links.AuthorId);
        var categories = links.Categories.Select(c => ids.Categories.GetValueOrDefault(c.Id, c.Id)).ToList();
        var self = Route($"/{type}/{id}");
        var linkSet = new Dictionary<string, IReadOnlyList<WpLink>>
        {
            ["self"] = One(self),
            ["collection"] = One(Route($"/{type}")),
            ["about"] = One(Route(isPage ? "/types/page" : "/types/post")),
            ["author"] = One(Route($"/users/{author}"), true),
        };
        if (media != 0) linkSet["wp:featuredmedia"] = One(Route($"/media/{media}"), true);
        if (!isPage)
        {
            linkSet["wp:term"] = [new WpLink(Route($"/categories?post={id}"), true, "category"), new WpLink(Route($"/tags?post={id}"), true, "post_tag")];
        }
        linkSet["curies"] = [new WpLink("https://api.w.org/{rel}", Name: "wp", Templated: true)];
        return new WpPost
        {
            Id = id,
            Date = date,
            DateGmt = dateGmt,
            Guid = new WpRendered(ids.Guids.GetValueOrDefault(p.Id) ?? $"{Root}/?p={id}"),
            Modified = modified,
            ModifiedGmt = modifiedGmt,
            Slug = p.Slug,
            Type = isPage ? "page" : "post",
            Link = shapes.PostUrl(p),
            Title = new WpRendered(WebUtility.HtmlEncode(shapes.DisplayTitle(p.Title, p.Statement, p.Language))),
            Content = new WpRendered(SiteAddress.AbsolutizeLinks(p.BodyHtml, Root) + "\n", false),
            Excerpt = new WpRendered($"<p>{WebUtility.HtmlEncode(p.Teaser)}</p>\n", false),
            Author = author,
            FeaturedMedia = media,
            Parent = isPage ? 0 : null,
            MenuOrder = isPage ? 0 : null,
            Sticky = isPage ? null : false,
            Format = isPage ? null : "standard",
            Categories = isPage ? null : categories,
            Tags = isPage ? null : links.Tags.Select(t => ids.Tags.GetValueOrDefault(t.Id, t.Id)).ToList(),
            Links = linkSet,
            Embedded = embedded,
        };
    }

    public WpTerm Term(TermSummary t, string taxonomy, int id, int? parent) => new()
    {
        Id = id,
        Count = t.Count,
        Description = t.Description ?? "",
        Link = shapes.Url(taxonomy == "category" ? Urls.Category(t.Slug) : Urls.Tag(t.Slug)),
        Name = t.Name,
        Slug = t.Slug,
        Taxonomy = taxonomy,
        Parent = taxonomy == "category" ? parent ?? 0 : null,
        Links = new Dictionary<string, IReadOnlyList<WpLink>>
        {
            ["self"] = One(Route(taxonomy == "category" ? $"/categories/{id}" : $"/tags/{id}")),
            ["collection"] = One(Route(taxonomy == "category" ? "/categories" : "/tags")),
            ["about"] = One(Route($"/taxonomies/{taxonomy}")),
            ["wp:post_type"] = One(Route((taxonomy == "category" ? "/posts?categories=" : "/posts?tags=") + id)),
            ["curies"] = [new WpLink("https://api.w.org/{rel}", Name: "wp", Templated: true)],
        },
    };

    public WpUser User(AuthorProfile a, int id)
    {
        var avatar = a.AvatarUrl is { } u ? shapes.Absolute(u) : null;
        return new WpUser
        {
            Id = id,
            Name = a.Name,
            Description = a.Bio ?? "",
            Link = shapes.Url(Urls.Author(a.Slug)),
            Slug = a.Slug,
            AvatarUrls = avatar is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["24"] = avatar, ["48"] = avatar, ["96"] = avatar },
            Links = new Dictionary<string, IReadOnlyList<WpLink>> { ["self"] = One(Route($"/users/{id}")), ["collection"] = One(Route("/users")) },
        };
    }

    public WpMedia Media(MediaSummary m, int id)
    {
        var (date, dateGmt) = Dates(m.CreatedUtc);
        var url = shapes.Url(Urls.Media(m.StoragePath));
        return new WpMedia
        {
            Id = id,
            Date = date,
            DateGmt = dateGmt,
            Guid = new WpRendered(url),
            Modified = date,
            ModifiedGmt = dateGmt,
            Slug = Path.GetFileNameWithoutExtension(m.FileName).ToLowerInvariant(),
            Link = url,
            Title = new WpRendered(WebUtility.HtmlEncode(m.Title)),
            Description = new WpRendered(""),
            Caption = new WpRendered(""),
            AltText = m.AltText ?? "",
            MediaType = m.ContentType.StartsWith("image/", StringComparison.Ordinal) ? "image" : "file",
            MimeType = m.ContentType,
            MediaDetails = new WpMediaDetails(m.Width, m.Height, m.StoragePath, new Dictionary<string, object>()),
            SourceUrl = url,
            Links = new Dictionary<string, IReadOnlyList<WpLink>>
            {
                ["self"] = One(Route($"/media/{id}")), ["collection"] = One(Route("/media")), ["about"] = One(Route("/types/attachment")),
            },
        };
    }
}

/// <summary>Qalam id → WordPress id for the rows of one answer, and the GUIDs the import kept.</summary>
public sealed record WpIdMaps(Dictionary<int, int> Posts, Dictionary<int, int> Media, Dictionary<int, int> Categories, Dictionary<int, int> Authors,
    Dictionary<int, int> Tags, Dictionary<int, string> Guids);
