using Microsoft.EntityFrameworkCore;

namespace Qalam.Content;

/// <summary>What a list of posts may be narrowed to (the JSON API's filters); null means "any".</summary>
/// <param name="CategoryIds">Any of these categories exactly (WordPress's <c>categories=</c>), where CategoryId also takes its children.</param>
public sealed record PostFilter(int? AuthorId = null, int? CategoryId = null, int? TagId = null, PostKind? Kind = null, string? Language = null,
    DateTimeOffset? FromUtc = null, DateTimeOffset? ToUtc = null, string? Slug = null,
    IReadOnlyList<int>? CategoryIds = null, IReadOnlyList<int>? TagIds = null, IReadOnlyList<int>? Ids = null);

/// <summary>Where a cursor-paged list stopped: the last post it gave, in the stream's order (newest first).</summary>
public sealed record PostCursor(DateTimeOffset PublishedUtc, int Id);

/// <summary>What a post links to by id (author, featured media, categories, tags), for the API and WordPress's shapes.</summary>
public sealed record PostLinks(int PostId, int AuthorId, int? FeaturedMediaId, IReadOnlyList<TermSummary> Categories, IReadOnlyList<TermSummary> Tags);

/// <summary>A category or tag with how many public posts it has.</summary>
public sealed record TermSummary(int Id, string Name, string Slug, string? Description = null, int? ParentId = null, int Count = 0);

/// <summary>Library media a public post features: the only media the API lists (an upload alone is not a publication).</summary>
public sealed record MediaSummary(int Id, string Title, string FileName, string StoragePath, string ContentType, int? Width, int? Height, string? AltText,
    DateTimeOffset CreatedUtc);

/// <summary>The JSON API's reads: the same stream and the same <see cref="IsPublic"/> rule as the pages, with its filters.</summary>
public sealed partial class ContentQueries
{
    // Pages ("about us") are never in the stream; asking for kind "page" lists them on their own, as WordPress's /pages does.
    private IQueryable<Post> Filtered(PostFilter f)
    {
        var q = f.Kind == PostKind.Page ? Public().Where(p => p.Kind == PostKind.Page) : Stream();
        if (f.Kind is { } kind && kind != PostKind.Page) q = q.Where(p => p.Kind == kind);
        if (f.AuthorId is { } a) q = q.Where(p => p.AuthorId == a);
        if (f.CategoryId is { } c) q = q.Where(p => p.Categories.Any(x => x.Id == c || x.ParentId == c));
        if (f.TagId is { } t) q = q.Where(p => p.Tags.Any(x => x.Id == t));
        if (f.Language is { } language) q = q.Where(p => p.Language == language);
        if (f.FromUtc is { } from) q = q.Where(p => p.PublishedUtc >= from);
        if (f.ToUtc is { } to) q = q.Where(p => p.PublishedUtc < to);
        if (f.Slug is { } slug) q = q.Where(p => p.Slug == slug);
        if (f.CategoryIds is { } cs) q = q.Where(p => p.Categories.Any(x => cs.Contains(x.Id)));
        if (f.TagIds is { } ts) q = q.Where(p => p.Tags.Any(x => ts.Contains(x.Id)));
        if (f.Ids is { } ids) q = q.Where(p => ids.Contains(p.Id));
        return q;
    }

    public Task<PageOf<PostSummary>> ListFilteredAsync(PostFilter filter, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Filtered(filter), page, pageSize, ct);

    /// <summary>The next <paramref name="count"/> posts after a cursor (or the newest), without counting them all.</summary>
    public async Task<IReadOnlyList<PostSummary>> ListFilteredAfterAsync(PostFilter filter, PostCursor? after, int count, CancellationToken ct = default)
    {
        var q = Filtered(filter);
        // The same shape as Before(): the date bound first and without an OR, so the index range starts at the cursor.
        if (after is { } c) q = q.Where(p => p.PublishedUtc <= c.PublishedUtc && !(p.PublishedUtc == c.PublishedUtc && p.Id >= c.Id));
        return await SummariesAsync(Newest(q).Take(count), ct);
    }

    /// <summary>One public post by id (pages included), without the neighbours and related posts its page shows.</summary>
    public Task<PostView?> FindPublishedByIdAsync(int id, CancellationToken ct = default) => FindViewAsync(Public().Where(p => p.Id == id), alone: true, ct);

    /// <summary>One public post by slug (pages included), without the neighbours and related posts its page shows.</summary>
    public Task<PostView?> FindPublishedAloneAsync(string slug, CancellationToken ct = default) => FindViewAsync(Public().Where(p => p.Slug == slug), alone: true, ct);

    /// <summary>The author, featured media, categories and tags of posts already known to be public, by post.</summary>
    public async Task<IReadOnlyDictionary<int, PostLinks>> ListLinksOfPostsAsync(IReadOnlyCollection<int> postIds, CancellationToken ct = default)
    {
        var ids = postIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<int, PostLinks>();
        var owners = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.AuthorId, p.FeaturedMediaId }).ToDictionaryAsync(p => p.Id, ct);
        // Written as joins (SelectMany with a result selector): a projection inside the collection needs APPLY, which SQLite lacks.
        var categories = await (from p in db.Posts.AsNoTracking() where ids.Contains(p.Id) from c in p.Categories
            select new { PostId = p.Id, Term = new TermSummary(c.Id, c.Name, c.Slug, null, c.ParentId, 0) }).ToListAsync(ct);
        var tags = await (from p in db.Posts.AsNoTracking() where ids.Contains(p.Id) from t in p.Tags
            select new { PostId = p.Id, Term = new TermSummary(t.Id, t.Name, t.Slug, null, null, 0) }).ToListAsync(ct);
        return ids.Where(owners.ContainsKey).ToDictionary(id => id, id => new PostLinks(id, owners[id].AuthorId, owners[id].FeaturedMediaId,
            categories.Where(c => c.PostId == id).Select(c => c.Term).OrderBy(t => t.Name).ToList(),
            tags.Where(t => t.PostId == id).Select(t => t.Term).OrderBy(t => t.Name).ToList()));
    }

    /// <summary>Every category with its count of public posts in the stream, parents first.</summary>
    public async Task<IReadOnlyList<TermSummary>> ListCategorySummariesAsync(CancellationToken ct = default)
    {
        var stream = Stream();
        return await db.Categories.AsNoTracking().OrderBy(c => c.ParentId != null).ThenBy(c => c.Name)
            .Select(c => new TermSummary(c.Id, c.Name, c.Slug, c.Description, c.ParentId, stream.Count(p => p.Categories.Any(x => x.Id == c.Id))))
            .ToListAsync(ct);
    }

    /// <summary>Tags that have at least one public post, with the count, by name.</summary>
    public async Task<IReadOnlyList<TermSummary>> ListTagSummariesAsync(CancellationToken ct = default)
    {
        var stream = Stream();
        return await db.Tags.AsNoTracking()
            .Select(t => new { t.Id, t.Name, t.Slug, Count = stream.Count(p => p.Tags.Any(x => x.Id == t.Id)) })
            .Where(t => t.Count > 0).OrderBy(t => t.Name).Select(t => new TermSummary(t.Id, t.Name, t.Slug, null, null, t.Count)).ToListAsync(ct);
    }

    /// <summary>People with public posts in the stream (those with an author page), by name.</summary>
    public async Task<IReadOnlyList<AuthorProfile>> ListAuthorsAsync(CancellationToken ct = default)
    {
        var stream = Stream();
        return await db.People.AsNoTracking().Where(p => stream.Any(x => x.AuthorId == p.Id)).OrderBy(p => p.DisplayName)
            .Select(p => new AuthorProfile(p.Id, p.DisplayName, p.Slug, p.Bio, p.AvatarUrl)).ToListAsync(ct);
    }

    /// <summary>Media that public posts feature, newest first; <paramref name="ids"/> narrows to those.</summary>
    public async Task<PageOf<MediaSummary>> ListFeaturedMediaAsync(IReadOnlyCollection<int>? ids, int page, int pageSize, CancellationToken ct = default)
    {
        var featured = Public().Where(p => p.FeaturedMediaId != null).Select(p => p.FeaturedMediaId);
        var q = db.Media.AsNoTracking().Where(m => featured.Contains(m.Id));
        if (ids is not null)
        {
            var wanted = ids.ToList();
            q = q.Where(m => wanted.Contains(m.Id));
        }
        page = Math.Max(1, page);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(m => new MediaSummary(m.Id, m.Title ?? m.FileName, m.FileName, m.StoragePath, m.ContentType, m.Width, m.Height, m.AltText, m.CreatedUtc))
            .ToListAsync(ct);
        return new PageOf<MediaSummary>(items, page, pageSize, total);
    }
}
