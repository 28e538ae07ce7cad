using Qalam.Content;

namespace Qalam.Search;

/// <summary>What the index needs of a post: its text, and the fields search can filter on.</summary>
public sealed record IndexedPost(
    int PostId,
    string Title,
    string BodyHtml,
    IReadOnlyList<string> Tags,
    int AuthorId,
    PostKind Kind,
    string Language,
    DateTimeOffset PublishedUtc);
