namespace Qalam.Content;

public sealed record AuthorRef(string Name, string Slug);

/// <param name="Id">The category's or tag's id, for its translated name (<see cref="TextsIn"/>); 0 where no name is translated.</param>
public sealed record TermRef(string Name, string Slug, int Id = 0);

/// <summary>A post as listed on home, archives, feeds and the sitemap.</summary>
public sealed record PostSummary(
    int Id,
    string Title,
    string Slug,
    string? Excerpt,
    string BodyHtml,
    DateTimeOffset PublishedUtc,
    DateTimeOffset UpdatedUtc,
    AuthorRef Author,
    PostKind Kind,
    string Language,
    string? FeaturedImagePath,
    string? FeaturedImageAlt)
{
    /// <summary>An official statement's number, given at its publication; null for every other post.</summary>
    public StatementNumber? Statement { get; init; }

    /// <summary>The excerpt, or the opening of the text when the writer left none (stored at each save).</summary>
    public string Teaser { get; init; } = "";

    public int ReadingMinutes { get; init; }

    /// <summary>The featured image with its dimensions and variants, read with the list so a card needs no query of its own.</summary>
    public Media.ResponsiveImage? Image { get; init; }
}

/// <summary>«بيان رقم (Number) لعام Year»: how a statement is numbered, per calendar year.</summary>
public sealed record StatementNumber(int Year, int Number);

/// <summary>Everything the post page shows.</summary>
public sealed record PostView(
    PostSummary Post,
    string? AuthorBio,
    IReadOnlyList<TermRef> Categories,
    IReadOnlyList<TermRef> Tags,
    string? SeoTitle,
    string? SeoDescription,
    PostSummary? Previous,
    PostSummary? Next,
    IReadOnlyList<PostSummary> Related)
{
    public string? AuthorAvatarUrl { get; init; }
    /// <summary>The post's translation group (<see cref="Post.TranslationGroupId"/>), null when it has no translation.</summary>
    public int? TranslationGroupId { get; init; }
}

public sealed record PageOf<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int TotalPages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < TotalPages;
}

public sealed record AuthorProfile(int Id, string Name, string Slug, string? Bio, string? AvatarUrl);

public sealed record CategoryView(int Id, string Name, string Slug, string? Description, TermRef? Parent);
