namespace Qalam.Content;

/// <summary>An article, page, endorsement or statement: everything readers see in the news stream.</summary>
public sealed class Post
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    /// <summary>Sanitised HTML; never store unsanitised input here (see <see cref="PostBody"/>).</summary>
    public string BodyHtml { get; set; } = "";
    public string? Excerpt { get; set; }
    /// <summary>The excerpt, or the opening of the text when there is none: stored by <see cref="PostWriter"/> at each save.</summary>
    public string Teaser { get; set; } = "";
    /// <summary>Minutes an average reader needs for the text, stored at each save.</summary>
    public int ReadingMinutes { get; set; }
    public PostStatus Status { get; set; } = PostStatus.Draft;
    public PostKind Kind { get; set; } = PostKind.News;
    /// <summary>The language's code (<see cref="Localization.Languages"/>); the site's default when the writer is given none.</summary>
    public string Language { get; set; } = "";
    /// <summary>
    /// «ترجمة»: posts saying the same thing in different languages share this number, the id of the post the group
    /// began with (its original; a group keeps its number when the original is deleted). Null: no translation yet.
    /// One post per language in a group.
    /// </summary>
    public int? TranslationGroupId { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    /// <summary>When it was (or will be, when scheduled) published.</summary>
    public DateTimeOffset? PublishedUtc { get; set; }
    public DateTimeOffset UpdatedUtc { get; set; }
    public DateTimeOffset? TrashedUtc { get; set; }
    public int AuthorId { get; set; }
    public Person Author { get; set; } = null!;
    public int? FeaturedMediaId { get; set; }
    public Media.MediaItem? FeaturedMedia { get; set; }
    public bool IsSticky { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    /// <summary>Optimistic concurrency: bumped by every save.</summary>
    public int Version { get; set; }
    public List<Category> Categories { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
}

public enum PostStatus
{
    Draft = 0,
    PendingReview = 1,
    Scheduled = 2,
    Published = 3,
    Private = 4,
    Trash = 5,
}

public enum PostKind
{
    News = 0,
    Endorsement = 1,
    Statement = 2,
    Page = 3,
}
