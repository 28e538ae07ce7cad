namespace Qalam.Import;

/// <summary>One thing read from a WordPress export, in file order: the site first, then authors, terms and items.</summary>
public abstract record WxrEntry;

/// <summary>The channel: the old site's title and base address (used to recognise its links and as the import's source).</summary>
public sealed record WxrSite(string Title, string BaseUrl, string WxrVersion) : WxrEntry;

public sealed record WxrAuthor(string Id, string Login, string? Email, string DisplayName) : WxrEntry;

/// <summary>A category, tag or custom taxonomy term; <see cref="ParentSlug"/> as the export gives it (percent-encoded).</summary>
public sealed record WxrTerm(string Id, string Taxonomy, string Slug, string Name, string? ParentSlug, string? Description) : WxrEntry;

public sealed record WxrItemTerm(string Domain, string Slug, string Name);

public sealed record WxrMeta(string Key, string Value);

public sealed record WxrComment(
    string Id, string AuthorName, string? AuthorEmail, string? AuthorUrl, DateTimeOffset? DateGmt,
    string Content, string Approved, string Type, string ParentId);

/// <summary>A post, page, attachment or other post type, with its terms, meta and comments.</summary>
public sealed record WxrItem(
    string PostId,
    string PostType,
    string Title,
    string? Link,
    string? Guid,
    string Creator,
    string Content,
    string Excerpt,
    string PostName,
    string Status,
    string? Password,
    bool IsSticky,
    string PostParent,
    DateTimeOffset? DateGmt,
    DateTimeOffset? ModifiedGmt,
    // The site-local date as written, for old date-based permalinks.
    DateTime? DateLocal,
    string? AttachmentUrl,
    IReadOnlyList<WxrItemTerm> Terms,
    IReadOnlyList<WxrMeta> Meta,
    IReadOnlyList<WxrComment> Comments) : WxrEntry
{
    public string? MetaValue(string key) => Meta.FirstOrDefault(m => m.Key == key)?.Value;
}
