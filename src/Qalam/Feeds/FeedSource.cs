using Qalam.Content;

namespace Qalam.Feeds;

/// <summary>What one feed is about (the site, an author, a category or a tag) and its newest posts, newest first.</summary>
public sealed record FeedSource(
    string Title,
    string Description,
    string Language,
    string HtmlPath,
    string FeedPath,
    IReadOnlyList<PostSummary> Items)
{
    /// <summary>Where an item lives: its own language's address (/en/slug for an English post).</summary>
    public Func<PostSummary, string> PostPath { get; init; } = Urls.Post;
    /// <summary>Where an author's page is, in the feed's language.</summary>
    public Func<string, string> AuthorPath { get; init; } = Urls.Author;
}
