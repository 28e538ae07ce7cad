using Qalam.Content;

namespace Qalam.Api.Admin;

/// <summary>A post as the admin API shows it, with the version to send back when changing it.</summary>
/// <param name="Language">The language's code (ar, en, or any language the site lists).</param>
/// <param name="TranslationGroupId">«ترجمة»: posts saying the same thing in other languages share it (the id of the group's original); null when it has none.</param>
public sealed record AdminPostView(int Id, string Title, string Slug, string Status, string Kind, string Language, int AuthorId, int Version,
    DateTimeOffset? PublishedUtc, DateTimeOffset UpdatedUtc, string BodyHtml, string? Excerpt, IReadOnlyList<int> CategoryIds,
    IReadOnlyList<string> Tags, int? FeaturedMediaId, string? SeoTitle, string? SeoDescription, int? TranslationGroupId)
{
    public static AdminPostView Of(Post p) => new(p.Id, p.Title, p.Slug, AdminPostNames.Of(p.Status), p.Kind.ToString().ToLowerInvariant(), p.Language,
        p.AuthorId, p.Version, p.PublishedUtc, p.UpdatedUtc, p.BodyHtml, p.Excerpt, p.Categories.Select(c => c.Id).ToList(),
        p.Tags.Select(t => t.Name).ToList(), p.FeaturedMediaId, p.SeoTitle, p.SeoDescription, p.TranslationGroupId);
}

/// <summary>A translation to start: a draft in <paramref name="Language"/>, linked to the post, its text copied as a starting point.</summary>
/// <param name="Language">One of the site's languages that the post's group has no post in yet.</param>
public sealed record AdminTranslationInput(string Language);

/// <summary>
/// A post to create, or the fields to change (an absent field keeps its value). <c>version</c> is the version read,
/// required for a change unless an If-Match header carries it.
/// </summary>
/// <param name="Kind">news, page, statement or endorsement.</param>
/// <param name="Status">On creation only: draft (the default), pending, publish, schedule or private.</param>
/// <param name="SeoTitle">The title search engines and shares show, when not the post's own; an empty string clears it.</param>
/// <param name="SeoDescription">The description search engines and shares show; an empty string clears it.</param>
// Every field may be left out (defaults), so the document does not mark them required.
public sealed record AdminPostInput(string? Title = null, string? BodyHtml = null, string? Excerpt = null, string? Kind = null, string? Language = null,
    string? Slug = null, IReadOnlyList<int>? CategoryIds = null, IReadOnlyList<string>? Tags = null, int? FeaturedMediaId = null,
    DateTimeOffset? PublishAt = null, string? Status = null, int? Version = null, string? SeoTitle = null, string? SeoDescription = null);

/// <summary>A change of status: publish, schedule (with publishAt), unpublish (back to draft), trash, draft, pending or private.</summary>
public sealed record AdminStatusInput(string Status, DateTimeOffset? PublishAt, int? Version);

/// <summary>The names the API uses for statuses and kinds.</summary>
public static class AdminPostNames
{
    public static string Of(PostStatus status) => status switch
    {
        PostStatus.PendingReview => "pending",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static PostKind? KindOf(string? name) => name?.ToLowerInvariant() switch
    {
        "news" => PostKind.News,
        "page" => PostKind.Page,
        "statement" => PostKind.Statement,
        "endorsement" => PostKind.Endorsement,
        _ => null,
    };

    /// <summary>The status an action asks for; "schedule" is publishing with a time in the future.</summary>
    public static PostStatus? TargetOf(string? action) => action?.ToLowerInvariant() switch
    {
        "publish" or "published" or "schedule" or "scheduled" => PostStatus.Published,
        "unpublish" or "draft" => PostStatus.Draft,
        "pending" => PostStatus.PendingReview,
        "private" => PostStatus.Private,
        "trash" => PostStatus.Trash,
        _ => null,
    };
}
