using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Posts;

public sealed class PostListModel(QalamDb db, PostWriter writer, SiteContext site, IStringLocalizer<EditorialStrings> t) : AdminPageModel
{
    public sealed record Row(int Id, string Title, int AuthorId, string AuthorName, PostStatus Status, PostKind Kind, string Language,
        DateTimeOffset? PublishedUtc, DateTimeOffset UpdatedUtc, DateTimeOffset? TrashedUtc);

    public enum BulkAction { Publish, Draft, Trash }

    [BindProperty(SupportsGet = true)] public PostFilter Filter { get; set; } = new();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Authors { get; private set; } = [];
    public IReadOnlyList<CategoryTree.Node> Categories { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Tags { get; private set; } = [];
    public SiteContext Site => site;
    public int Pages => Math.Max(1, (Total + PostFilter.PageSize - 1) / PostFilter.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["PostsHeading"];
        await site.GetSettingsAsync(ct);
        var posts = Filter.Apply(VisiblePosts());
        Total = await posts.CountAsync(ct);
        Filter.Page = Math.Clamp(Filter.Page, 1, Pages);
        Rows = await posts.OrderByDescending(p => p.UpdatedUtc).ThenByDescending(p => p.Id)
            .Skip((Filter.Page - 1) * PostFilter.PageSize).Take(PostFilter.PageSize)
            .Select(p => new Row(p.Id, p.Title, p.AuthorId, p.Author.DisplayName, p.Status, p.Kind, p.Language, p.PublishedUtc, p.UpdatedUtc, p.TrashedUtc))
            .ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.PasswordHash != null || db.Posts.Any(x => x.AuthorId == p.Id))
            .OrderBy(p => p.DisplayName).Select(p => new { p.Id, p.DisplayName }).ToListAsync(ct);
        Authors = people.Select(p => (p.Id, p.DisplayName)).ToList();
        Categories = await CategoryTree.LoadAsync(db, ct);
        var tags = await db.Tags.AsNoTracking().OrderBy(x => x.Name).Select(x => new { x.Id, x.Name }).ToListAsync(ct);
        Tags = tags.Select(x => (x.Id, x.Name)).ToList();
    }

    /// <summary>Applies one action to the checked posts, each checked against the person's rights; refused ones are left as they were.</summary>
    public async Task<IActionResult> OnPostBulkAsync(int[] ids, BulkAction action, CancellationToken ct)
    {
        var target = action switch { BulkAction.Publish => PostStatus.Published, BulkAction.Draft => PostStatus.Draft, _ => PostStatus.Trash };
        var posts = await db.Posts.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var refused = ids.Distinct().Count() - posts.Count;
        var allowed = new List<Post>();
        foreach (var post in posts)
        {
            // A post the person may not open counts as refused, like a missing one: its existence is not confirmed.
            if (!PostRights.CanSee(User, post.AuthorId) || !PostRights.CanUseKind(User, post.Kind)
                || !PostRights.CanMoveTo(User, post.AuthorId, post.Status, target))
            {
                refused++;
                continue;
            }
            allowed.Add(post);
        }
        await writer.MoveAsync(allowed, target, ct);
        var changed = allowed.Count;
        Flash = refused == 0 ? string.Format(t["BulkDone"], changed) : string.Format(t["BulkPartly"], changed, refused);
        return Redirect(Filter.Href());
    }

    public bool CanEdit(Row row) => PostRights.CanEdit(User, row.AuthorId, row.Status) && PostRights.CanUseKind(User, row.Kind);

    public bool CanPreview(Row row) => PostRights.CanSee(User, row.AuthorId);

    public string StatusLabel(PostStatus status) => t["Status" + status];

    private IQueryable<Post> VisiblePosts() => db.Posts.AsNoTracking().Where(PostRights.ListedFor(User));
}
