using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Pages.Admin.Posts;

public sealed class PostListModel(QalamDb db, PostWriter writer, SiteContext site, IStringLocalizer<EditorialStrings> t, Qalam.Search.AdminTextSearch search)
    : AdminPageModel
{
    public sealed record Row(int Id, string Title, string Slug, int AuthorId, string AuthorName, PostStatus Status, PostKind Kind, string Language,
        DateTimeOffset? PublishedUtc, DateTimeOffset UpdatedUtc, DateTimeOffset? TrashedUtc, int? TranslationGroupId)
    {
        /// <summary>The post's translation group (the post alone when it has none): which languages it has, which it lacks.</summary>
        public TranslationGroup? Group { get; init; }
        /// <summary>A numbered statement's number: its title is listed with it, and its public address is the official one.</summary>
        public StatementNumber? Statement { get; init; }
        /// <summary>Readers can open it now (published, its time come).</summary>
        public bool IsPublic { get; init; }
        /// <summary>Its public address, in its language (/en/slug), not one that answers 301.</summary>
        public string PublicUrl(Languages languages) => Urls.Post(Slug, Language, Statement, languages);
    }

    public enum BulkAction { Publish, Draft, Trash }

    [BindProperty(SupportsGet = true)] public PostFilter Filter { get; set; } = new();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Authors { get; private set; } = [];
    public IReadOnlyList<CategoryTree.Node> Categories { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Tags { get; private set; } = [];
    public SiteContext Site => site;
    public Languages Languages { get; private set; } = null!;
    public int Pages => Math.Max(1, (Total + PostFilter.PageSize - 1) / PostFilter.PageSize);

    public async Task OnGetAsync([FromServices] Languages languages, CancellationToken ct)
    {
        Languages = languages;
        PageTitle = Filter.Kind == PostKind.Page ? t["PagesHeading"] : t["PostsHeading"];
        await site.GetSettingsAsync(ct);
        if (!Enum.IsDefined(Filter.Order)) Filter.Order = PostOrder.Published;
        var posts = Filter.Apply(VisiblePosts(), languages, db.Posts);
        if (!string.IsNullOrWhiteSpace(Filter.Q)) posts = await search.NarrowAsync(posts, Filter.Q, ct);
        Total = await posts.CountAsync(ct);
        Filter.Page = Math.Clamp(Filter.Page, 1, Pages);
        var rows = await Filter.Sort(posts)
            .Skip((Filter.Page - 1) * PostFilter.PageSize).Take(PostFilter.PageSize)
            .Select(p => new Row(p.Id, p.Title, p.Slug, p.AuthorId, p.Author.DisplayName, p.Status, p.Kind, p.Language, p.PublishedUtc, p.UpdatedUtc, p.TrashedUtc, p.TranslationGroupId))
            .ToListAsync(ct);
        Rows = await DecorateAsync(rows, ct);
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

    /// <summary>Moves one post to the trash (a row action); the same rights as the bulk action.</summary>
    public Task<IActionResult> OnPostTrashAsync(int id, CancellationToken ct) => MoveOneAsync(id, PostStatus.Trash, "Trashed", ct);

    /// <summary>Brings a post back from the trash as a draft, as WordPress does: it was taken off the site, and stays off until published again.</summary>
    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) => MoveOneAsync(id, PostStatus.Draft, "RestoredFromTrash", ct);

    private async Task<IActionResult> MoveOneAsync(int id, PostStatus target, string message, CancellationToken ct)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (post is null || !PostRights.CanSee(User, post.AuthorId)) return NotFound();
        var from = target == PostStatus.Draft ? PostStatus.Trash : post.Status;
        if (post.Status != from || !PostRights.CanUseKind(User, post.Kind) || !PostRights.CanMoveTo(User, post.AuthorId, post.Status, target)) return Forbid();
        await writer.MoveAsync([post], target, ct);
        Flash = string.Format(t[message], post.Title);
        return Redirect(Filter.Href());
    }

    /// <summary>
    /// Adds what a row needs beyond the post itself: statement numbers, whether readers can open it, its translations
    /// (one query for the page's groups, whatever the number of rows).
    /// </summary>
    private async Task<IReadOnlyList<Row>> DecorateAsync(List<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var statementIds = rows.Where(r => r.Kind == PostKind.Statement).Select(r => r.Id).ToList();
        var numbers = statementIds.Count == 0 ? [] : await db.Statements.AsNoTracking()
            .Where(s => statementIds.Contains(s.PostId) && s.Number != null && s.Year != null)
            .ToDictionaryAsync(s => s.PostId, s => new StatementNumber(s.Year!.Value, s.Number!.Value), ct);
        var open = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).Where(ContentQueries.IsPublic(site.Now)).Select(p => p.Id).ToListAsync(ct);
        var groups = await Translations.GroupsAsync(db, rows.Where(r => r.TranslationGroupId is not null).Select(r => r.TranslationGroupId!.Value).Distinct().ToList(), ct);
        return rows.Select(r => r with
        {
            Statement = numbers.GetValueOrDefault(r.Id), IsPublic = open.Contains(r.Id),
            Group = r.TranslationGroupId is { } g && groups.TryGetValue(g, out var group) ? group
                : TranslationGroup.Alone(new TranslationMember(r.Id, r.Id, r.Language, r.Title, r.Status, r.Kind, r.AuthorId, r.UpdatedUtc)),
        }).ToList();
    }

    public bool CanEdit(Row row) => PostRights.CanEdit(User, row.AuthorId, row.Status) && PostRights.CanUseKind(User, row.Kind);

    public bool CanEdit(TranslationMember member) => PostRights.CanEdit(User, member.AuthorId, member.Status) && PostRights.CanUseKind(User, member.Kind);

    public bool CanPreview(Row row) => PostRights.CanSee(User, row.AuthorId);

    public bool CanTrash(Row row) => row.Status != PostStatus.Trash && PostRights.CanUseKind(User, row.Kind)
        && PostRights.CanMoveTo(User, row.AuthorId, row.Status, PostStatus.Trash);

    public bool CanRestore(Row row) => row.Status == PostStatus.Trash && PostRights.CanUseKind(User, row.Kind)
        && PostRights.CanMoveTo(User, row.AuthorId, row.Status, PostStatus.Draft);

    public string StatusLabel(PostStatus status) => t["Status" + status];

    private IQueryable<Post> VisiblePosts() => db.Posts.AsNoTracking().Where(PostRights.ListedFor(User));
}
