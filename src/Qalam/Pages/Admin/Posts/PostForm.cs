using System.Globalization;
using Qalam.Content;

namespace Qalam.Pages.Admin.Posts;

/// <summary>What the editor form sends. Kept as typed by the person, so a refused save loses nothing.</summary>
public sealed class PostForm
{
    public const string InputFormat = "yyyy-MM-ddTHH:mm";

    public string Title { get; set; } = "";
    public string? Slug { get; set; }
    public string? BodyHtml { get; set; }
    public string? Excerpt { get; set; }
    public int[] CategoryIds { get; set; } = [];
    /// <summary>Tag names separated by commas (Latin or Arabic).</summary>
    public string? Tags { get; set; }
    /// <summary>A language code; empty takes the default for a new post (see EditModel.CheckLanguageAsync).</summary>
    public string Language { get; set; } = "";
    public PostKind Kind { get; set; } = PostKind.News;
    public int? FeaturedMediaId { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    /// <summary>Publish time in the site's time zone as the datetime-local input sends it (yyyy-MM-ddTHH:mm, read
    /// with the invariant culture: the Arabic culture's default calendar is not Gregorian); empty means "now".</summary>
    public string? PublishAt { get; set; }
    /// <summary>The post's version when the form was opened: a save from an older version is refused.</summary>
    public int Version { get; set; }

    public static PostForm From(Post post, SiteContext site) => new()
    {
        Title = post.Title,
        Slug = post.Slug,
        BodyHtml = post.BodyHtml,
        Excerpt = post.Excerpt,
        CategoryIds = post.Categories.Select(c => c.Id).ToArray(),
        Tags = string.Join("، ", post.Tags.OrderBy(t => t.Name).Select(t => t.Name)),
        Language = post.Language,
        Kind = post.Kind,
        FeaturedMediaId = post.FeaturedMediaId,
        SeoTitle = post.SeoTitle,
        SeoDescription = post.SeoDescription,
        PublishAt = post.PublishedUtc is { } at ? site.ToLocal(at).ToString(InputFormat, CultureInfo.InvariantCulture) : null,
        Version = post.Version,
    };

    public IEnumerable<string> TagNames() =>
        (Tags ?? "").Split([',', '،', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal);

    /// <summary>The publish time in UTC, read in the site's time zone.</summary>
    public DateTimeOffset? PublishAtUtc(SiteContext site)
    {
        if (!DateTime.TryParseExact(PublishAt, [InputFormat, InputFormat + ":ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, site.Zone), TimeSpan.Zero);
    }
}

/// <summary>What the person asked for with the button they pressed.</summary>
public enum SaveIntent
{
    /// <summary>Keep the current status (a new post becomes a draft).</summary>
    Save,
    Draft,
    Review,
    Publish,
    Private,
}
