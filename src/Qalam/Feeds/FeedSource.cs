using Qalam.Content;

namespace Qalam.Feeds;

/// <summary>What one feed is about (the site, an author, a category or a tag) and its newest posts, newest first.</summary>
public sealed record FeedSource(
    string Title,
    string Description,
    string Language,
    string HtmlPath,
    string FeedPath,
    IReadOnlyList<PostSummary> Items);
