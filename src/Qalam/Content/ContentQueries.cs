using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// The one read path for public content: pages, feeds, the sitemap, the API and the static export all ask here,
/// so what is visible to the public is decided in one place (<see cref="IsPublic"/>).
/// </summary>
public sealed partial class ContentQueries(QalamDb db, TimeProvider clock)
{
    /// <summary>Published, or scheduled and due. Drafts, pending, private, trash and future posts never match.</summary>
    public static Expression<Func<Post, bool>> IsPublic(DateTimeOffset now) =>
        p => (p.Status == PostStatus.Published || p.Status == PostStatus.Scheduled) && p.PublishedUtc != null && p.PublishedUtc <= now;

    private IQueryable<Post> Public() => db.Posts.AsNoTracking().Where(IsPublic(clock.GetUtcNow()));

    private static readonly Expression<Func<Post, PostSummary>> ToSummary = p => new PostSummary(
        p.Id, p.Title, p.Slug, p.Excerpt, p.BodyHtml, p.PublishedUtc!.Value, p.UpdatedUtc,
        new AuthorRef(p.Author.DisplayName, p.Author.Slug), p.Kind, p.Language,
        p.FeaturedMedia != null ? p.FeaturedMedia.StoragePath : null,
        p.FeaturedMedia != null ? p.FeaturedMedia.AltText : null);

    public Task<PageOf<PostSummary>> ListLatestAsync(int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Public().Where(p => p.Kind != PostKind.Page), page, pageSize, ct);

    public Task<PageOf<PostSummary>> ListByAuthorAsync(int authorId, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Public().Where(p => p.AuthorId == authorId), page, pageSize, ct);

    public Task<PageOf<PostSummary>> ListByCategoryAsync(int categoryId, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Public().Where(p => p.Categories.Any(c => c.Id == categoryId || c.ParentId == categoryId)), page, pageSize, ct);

    public Task<PageOf<PostSummary>> ListByTagAsync(int tagId, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Public().Where(p => p.Tags.Any(t => t.Id == tagId)), page, pageSize, ct);

    public Task<PageOf<PostSummary>> ListByKindAsync(PostKind kind, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Public().Where(p => p.Kind == kind), page, pageSize, ct);

    /// <summary>Posts published in a calendar month, the month's bounds given in UTC by the caller (who knows the site's zone).</summary>
    public Task<PageOf<PostSummary>> ListBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Public().Where(p => p.PublishedUtc >= fromUtc && p.PublishedUtc < toUtc), page, pageSize, ct);

    /// <summary>For feeds: the newest public posts, optionally narrowed to one author, category or tag.</summary>
    public async Task<IReadOnlyList<PostSummary>> ListForFeedAsync(int count, int? authorId = null, int? categoryId = null, int? tagId = null, CancellationToken ct = default)
    {
        var q = Public();
        if (authorId is { } a) q = q.Where(p => p.AuthorId == a);
        if (categoryId is { } c) q = q.Where(p => p.Categories.Any(x => x.Id == c || x.ParentId == c));
        if (tagId is { } t) q = q.Where(p => p.Tags.Any(x => x.Id == t));
        return await Newest(q).Take(count).Select(ToSummary).ToListAsync(ct);
    }

    /// <summary>For the sitemap: every public post's address and last change, a page at a time.</summary>
    public async Task<IReadOnlyList<(string Slug, DateTimeOffset UpdatedUtc)>> ListForSitemapAsync(int skip, int take, CancellationToken ct = default)
    {
        var rows = await Public().OrderBy(p => p.Id).Skip(skip).Take(take).Select(p => new { p.Slug, p.UpdatedUtc }).ToListAsync(ct);
        return rows.Select(r => (r.Slug, r.UpdatedUtc)).ToList();
    }

    public Task<int> CountPublicAsync(CancellationToken ct = default) => Public().CountAsync(ct);

    public async Task<PostView?> FindPublishedAsync(string slug, CancellationToken ct = default)
    {
        var post = await Public().Where(p => p.Slug == slug).Select(ToSummary).FirstOrDefaultAsync(ct);
        return post is null ? null : await ViewAsync(post, ct);
    }

    /// <summary>Any post by id, whatever its status: for previews by signed-in staff only.</summary>
    public async Task<PostView?> FindForPreviewAsync(int id, CancellationToken ct = default)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PostSummary(p.Id, p.Title, p.Slug, p.Excerpt, p.BodyHtml, p.PublishedUtc ?? p.UpdatedUtc, p.UpdatedUtc,
                new AuthorRef(p.Author.DisplayName, p.Author.Slug), p.Kind, p.Language,
                p.FeaturedMedia != null ? p.FeaturedMedia.StoragePath : null, p.FeaturedMedia != null ? p.FeaturedMedia.AltText : null))
            .FirstOrDefaultAsync(ct);
        return post is null ? null : await ViewAsync(post, ct);
    }

    private async Task<PostView> ViewAsync(PostSummary post, CancellationToken ct)
    {
        var meta = await db.Posts.AsNoTracking().Where(p => p.Id == post.Id).Select(p => new
        {
            p.Author.Bio,
            p.SeoTitle,
            p.SeoDescription,
            Categories = p.Categories.OrderBy(c => c.Name).Select(c => new TermRef(c.Name, c.Slug)).ToList(),
            Tags = p.Tags.OrderBy(t => t.Name).Select(t => new TermRef(t.Name, t.Slug)).ToList(),
            TagIds = p.Tags.Select(t => t.Id).ToList(),
        }).FirstAsync(ct);

        var published = post.PublishedUtc;
        var stream = Public().Where(p => p.Kind != PostKind.Page);
        var previous = await stream.Where(p => p.PublishedUtc < published || (p.PublishedUtc == published && p.Id < post.Id))
            .OrderByDescending(p => p.PublishedUtc).ThenByDescending(p => p.Id).Select(ToSummary).FirstOrDefaultAsync(ct);
        var next = await stream.Where(p => p.PublishedUtc > published || (p.PublishedUtc == published && p.Id > post.Id))
            .OrderBy(p => p.PublishedUtc).ThenBy(p => p.Id).Select(ToSummary).FirstOrDefaultAsync(ct);

        IReadOnlyList<PostSummary> related = [];
        if (meta.TagIds.Count > 0)
        {
            var tagIds = meta.TagIds;
            related = await Public().Where(p => p.Id != post.Id && p.Tags.Any(t => tagIds.Contains(t.Id)))
                .OrderByDescending(p => p.Tags.Count(t => tagIds.Contains(t.Id))).ThenByDescending(p => p.PublishedUtc)
                .Take(3).Select(ToSummary).ToListAsync(ct);
        }
        return new PostView(post, meta.Bio, meta.Categories, meta.Tags, meta.SeoTitle, meta.SeoDescription, previous, next, related);
    }

    public Task<AuthorProfile?> FindAuthorAsync(string slug, CancellationToken ct = default) =>
        db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new AuthorProfile(p.Id, p.DisplayName, p.Slug, p.Bio, p.AvatarUrl)).FirstOrDefaultAsync(ct);

    public Task<CategoryView?> FindCategoryAsync(string slug, CancellationToken ct = default) =>
        db.Categories.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new CategoryView(c.Id, c.Name, c.Slug, c.Description, c.Parent == null ? null : new TermRef(c.Parent.Name, c.Parent.Slug)))
            .FirstOrDefaultAsync(ct);

    public Task<Tag?> FindTagAsync(string slug, CancellationToken ct = default) =>
        db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);

    /// <summary>Categories for navigation: top-level ones that have public posts.</summary>
    public async Task<IReadOnlyList<TermRef>> ListNavigationCategoriesAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var isPublic = IsPublic(now);
        return await db.Categories.AsNoTracking().Where(c => c.ParentId == null && c.Posts.AsQueryable().Any(isPublic))
            .OrderBy(c => c.Name).Select(c => new TermRef(c.Name, c.Slug)).ToListAsync(ct);
    }

    private static IOrderedQueryable<Post> Newest(IQueryable<Post> q) =>
        q.OrderByDescending(p => p.PublishedUtc).ThenByDescending(p => p.Id);

    private static async Task<PageOf<PostSummary>> PageAsync(IQueryable<Post> q, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var total = await q.CountAsync(ct);
        var items = await Newest(q).Skip((page - 1) * pageSize).Take(pageSize).Select(ToSummary).ToListAsync(ct);
        return new PageOf<PostSummary>(items, page, pageSize, total);
    }
}
