namespace Qalam.Pages.Admin;

/// <summary>One of the dashboard's short lists of posts, with a link to the whole list it comes from.</summary>
public sealed record PostLinesView(string Id, string HeadingKey, string EmptyKey, IReadOnlyList<DashboardModel.PostLine> Posts, string AllHref, bool ShowAuthor);
