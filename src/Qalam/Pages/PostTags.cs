using Qalam.Content;

namespace Qalam.Pages;

/// <summary>A post names each of its tags once: a hashtag in the text is already a link, so the chips under it list the rest.</summary>
public static class PostTags
{
    /// <summary>The tags the text does not link to (a hashtag in it becomes a link to its tag when the post is saved).</summary>
    public static IReadOnlyList<TermRef> NotInText(IReadOnlyList<TermRef> tags, string bodyHtml) =>
        tags.Where(t => !bodyHtml.Contains($"href=\"{Urls.Tag(t.Slug)}\"", StringComparison.Ordinal)).ToList();
}
