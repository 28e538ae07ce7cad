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
    /// <summary>
    /// Published, or scheduled and due (so a post appears at its time, not at the publisher's next round).
    /// Drafts, pending, private, trash and future posts never match. A due statement waits for the publisher,
    /// which gives it its number: a statement is never shown without one.
    /// </summary>
    public static Expression<Func<Post, bool>> IsPublic(DateTimeOffset now)
    {
        // `now` becomes a property of a captured object, so EF sends it as a parameter and caches one query shape.
        var at = Expression.Property(Expression.Constant(new Moment(now)), nameof(Moment.Value));
        return Expression.Lambda<Func<Post, bool>>(new Substitute(PublicAt.Parameters[1], at).Visit(PublicAt.Body), PublicAt.Parameters[0]);
    }

    /// <summary><see cref="IsPublic"/> for posts already in memory (compiled once).</summary>
    public static bool IsPublicAt(Post post, DateTimeOffset now) => CompiledPublicAt(post, now);

    // Written as "one of two statuses, but not a scheduled statement" rather than as an OR of the two cases: the OR made
    // SQLite read every visible post and sort them to find the newest ten; this form matches the stream's partial index
    // (Data/Configurations), which lists them in date order.
    private static readonly Expression<Func<Post, DateTimeOffset, bool>> PublicAt = (p, now) =>
        (p.Status == PostStatus.Published || p.Status == PostStatus.Scheduled) && !(p.Status == PostStatus.Scheduled && p.Kind == PostKind.Statement)
        && p.PublishedUtc != null && p.PublishedUtc <= now;

    private static readonly Func<Post, DateTimeOffset, bool> CompiledPublicAt = PublicAt.Compile();

    private sealed record Moment(DateTimeOffset Value);

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    /// <summary>
    /// The language every listing is in: the request's (a page or feed under /en/ lists English posts, one without a
    /// prefix the default language's), set by the page or feed before it asks. Null lists every language (the API,
    /// which filters by its own parameter, and the sitemap). Finding one post by its address never depends on it.
    /// </summary>
    public string? ListingLanguage { get; set; }

    private IQueryable<Post> Public() => db.Posts.AsNoTracking().Where(IsPublic(clock.GetUtcNow()));

    /// <summary>Public posts in the listing language; on the stream's index, which holds Language.</summary>
    private IQueryable<Post> Listed() => InLanguage(Public());

    private IQueryable<Post> InLanguage(IQueryable<Post> posts) => ListingLanguage is { } language ? posts.Where(p => p.Language == language) : posts;

    // Pages ("about us") are reached by their address and the sitemap, never listed in the stream, archives or feeds.
    private IQueryable<Post> Stream() => InLanguage(InStream(db.Posts.AsNoTracking()));

    private IQueryable<Post> InStream(IQueryable<Post> posts) => posts.Where(IsPublic(clock.GetUtcNow())).Where(p => p.Kind != PostKind.Page);

    private static readonly Expression<Func<Post, PostSummary>> ToSummary = p => new PostSummary(
        p.Id, p.Title, p.Slug, p.Excerpt, p.BodyHtml, p.PublishedUtc!.Value, p.UpdatedUtc,
        new AuthorRef(p.Author.DisplayName, p.Author.Slug), p.Kind, p.Language,
        p.FeaturedMedia != null ? p.FeaturedMedia.StoragePath : null,
        p.FeaturedMedia != null ? p.FeaturedMedia.AltText : null)
    {
        Teaser = p.Teaser,
        ReadingMinutes = p.ReadingMinutes,
        Image = p.FeaturedMedia != null && p.FeaturedMedia.ContentType.StartsWith("image/")
            ? new Media.ResponsiveImage(p.FeaturedMedia.StoragePath, p.FeaturedMedia.ContentType, p.FeaturedMedia.Width, p.FeaturedMedia.Height,
                p.FeaturedMedia.VariantWidths, p.FeaturedMedia.AltText)
            : null,
    };

    public Task<PageOf<PostSummary>> ListLatestAsync(int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Stream(), page, pageSize, ct);

    public Task<PageOf<PostSummary>> ListByAuthorAsync(int authorId, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Stream().Where(p => p.AuthorId == authorId), page, pageSize, ct);

    public Task<PageOf<PostSummary>> ListByCategoryAsync(int categoryId, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Stream().Where(p => p.Categories.Any(c => c.Id == categoryId || c.ParentId == categoryId)), page, pageSize, ct);

    public Task<PageOf<PostSummary>> ListByTagAsync(int tagId, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Stream().Where(p => p.Tags.Any(t => t.Id == tagId)), page, pageSize, ct);

    public Task<PageOf<PostSummary>> ListByKindAsync(PostKind kind, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Listed().Where(p => p.Kind == kind), page, pageSize, ct);

    /// <summary>The newest public posts of one kind (the home page's latest statement), without counting them all.</summary>
    public async Task<IReadOnlyList<PostSummary>> ListLatestOfKindAsync(PostKind kind, int count, CancellationToken ct = default) =>
        await SummariesAsync(Newest(Listed().Where(p => p.Kind == kind)).Take(count), ct);

    /// <summary>Posts published in a calendar month, the month's bounds given in UTC by the caller (who knows the site's zone).</summary>
    public Task<PageOf<PostSummary>> ListBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Stream().Where(p => p.PublishedUtc >= fromUtc && p.PublishedUtc < toUtc), page, pageSize, ct);

    /// <summary>For feeds: the newest public posts, optionally narrowed to one author, category or tag.</summary>
    public async Task<IReadOnlyList<PostSummary>> ListForFeedAsync(int count, int? authorId = null, int? categoryId = null, int? tagId = null, CancellationToken ct = default)
    {
        var q = Stream();
        if (authorId is { } a) q = q.Where(p => p.AuthorId == a);
        if (categoryId is { } c) q = q.Where(p => p.Categories.Any(x => x.Id == c || x.ParentId == c));
        if (tagId is { } t) q = q.Where(p => p.Tags.Any(x => x.Id == t));
        return await SummariesAsync(Newest(q).Take(count), ct);
    }

    public Task<int> CountPublicAsync(CancellationToken ct = default) => Public().CountAsync(ct);

    public Task<PostView?> FindPublishedAsync(string slug, CancellationToken ct = default) => FindViewAsync(Public().Where(p => p.Slug == slug), alone: false, ct);

    /// <summary>The first of <paramref name="posts"/> as its page (or, <paramref name="alone"/>, the API) shows it.</summary>
    private async Task<PostView?> FindViewAsync(IQueryable<Post> posts, bool alone, CancellationToken ct)
    {
        var post = await posts.Select(ToSummary).FirstOrDefaultAsync(ct);
        return post is null ? null : await ViewAsync((await WithStatementNumbersAsync([post], ct))[0], ct, alone);
    }

    /// <summary>Any post by id, whatever its status: for previews by signed-in staff only.</summary>
    public async Task<PostView?> FindForPreviewAsync(int id, CancellationToken ct = default)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PostSummary(p.Id, p.Title, p.Slug, p.Excerpt, p.BodyHtml, p.PublishedUtc ?? p.UpdatedUtc, p.UpdatedUtc,
                new AuthorRef(p.Author.DisplayName, p.Author.Slug), p.Kind, p.Language,
                p.FeaturedMedia != null ? p.FeaturedMedia.StoragePath : null, p.FeaturedMedia != null ? p.FeaturedMedia.AltText : null)
                { Teaser = p.Teaser, ReadingMinutes = p.ReadingMinutes })
            .FirstOrDefaultAsync(ct);
        return post is null ? null : await ViewAsync((await WithStatementNumbersAsync([post], ct))[0], ct);
    }

    /// <param name="alone">
    /// Only the post and its author's card (the API, which reads the post's terms with their ids itself,
    /// <see cref="ListLinksOfPostsAsync"/>): no terms by name, neighbours or related posts, which only its page shows.
    /// </param>
    private async Task<PostView> ViewAsync(PostSummary post, CancellationToken ct, bool alone = false)
    {
        // Separate small queries: one query joining both collections multiplies rows and made SQLite scan every link.
        var meta = await db.Posts.AsNoTracking().Where(p => p.Id == post.Id)
            .Select(p => new { p.Author.Bio, p.Author.AvatarUrl, p.SeoTitle, p.SeoDescription, p.TranslationGroupId }).FirstAsync(ct);
        if (alone) return new PostView(post, meta.Bio, [], [], meta.SeoTitle, meta.SeoDescription, null, null, []) { AuthorAvatarUrl = meta.AvatarUrl, TranslationGroupId = meta.TranslationGroupId };
        var categories = await db.Categories.AsNoTracking().Where(c => c.Posts.Any(p => p.Id == post.Id))
            .OrderBy(c => c.Name).Select(c => new TermRef(c.Name, c.Slug, c.Id)).ToListAsync(ct);
        var tags = await db.Tags.AsNoTracking().Where(t => t.Posts.Any(p => p.Id == post.Id))
            .OrderBy(t => t.Name).Select(t => new { t.Id, t.Name, t.Slug }).ToListAsync(ct);

        var termRefs = tags.Select(t => new TermRef(t.Name, t.Slug, t.Id)).ToList();
        // A page ("about us") stands outside the stream: it has no neighbours and no related posts.
        if (post.Kind == PostKind.Page)
        {
            return new PostView(post, meta.Bio, categories, termRefs, meta.SeoTitle, meta.SeoDescription, null, null, []) { AuthorAvatarUrl = meta.AvatarUrl, TranslationGroupId = meta.TranslationGroupId };
        }

        // The neighbours and related posts are picked by id, then read together in one query.
        var previousId = await Before(post.PublishedUtc, post.Id, post.Language).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var nextId = await After(post.PublishedUtc, post.Id, post.Language).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        List<int> relatedIds = [];
        if (tags.Count > 0)
        {
            var tagIds = tags.Select(t => t.Id).ToList();
            // Driven from the post's few tags through the link index, so it reads the posts sharing a tag, not every post.
            var visible = IsPublic(clock.GetUtcNow());
            relatedIds = await db.Tags.Where(t => tagIds.Contains(t.Id))
                .SelectMany(t => t.Posts.AsQueryable().Where(visible).Where(p => p.Kind != PostKind.Page && p.Id != post.Id && p.Language == post.Language))
                .GroupBy(p => new { p.Id, p.PublishedUtc })
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.PublishedUtc).Take(3).Select(g => g.Key.Id).ToListAsync(ct);
        }
        var shown = (await SummariesByIdAsync([.. relatedIds, .. new[] { previousId, nextId }.OfType<int>()], ct)).ToDictionary(s => s.Id);
        var previous = previousId is { } pid ? shown[pid] : null;
        var next = nextId is { } nid ? shown[nid] : null;
        IReadOnlyList<PostSummary> related = relatedIds.Select(id => shown[id]).ToList();
        return new PostView(post, meta.Bio, categories, termRefs, meta.SeoTitle, meta.SeoDescription, previous, next, related) { AuthorAvatarUrl = meta.AvatarUrl, TranslationGroupId = meta.TranslationGroupId };
    }

    // The bound on the date comes first and without an OR: SQLite takes the first bound it meets for the index range, so
    // the previous post is one step down the index from this one rather than a walk down from the newest.
    // Neighbours are in the post's own language: an English post's next post is the next English one.
    private IOrderedQueryable<Post> Before(DateTimeOffset published, int id, string language) =>
        InStream(db.Posts.AsNoTracking().Where(p => p.PublishedUtc <= published && !(p.PublishedUtc == published && p.Id >= id) && p.Language == language))
            .OrderByDescending(p => p.PublishedUtc).ThenByDescending(p => p.Id);

    private IOrderedQueryable<Post> After(DateTimeOffset published, int id, string language) =>
        InStream(db.Posts.AsNoTracking().Where(p => p.PublishedUtc >= published && !(p.PublishedUtc == published && p.Id <= id) && p.Language == language))
            .OrderBy(p => p.PublishedUtc).ThenBy(p => p.Id);

    /// <summary>The posts whose pages link to this one as previous or next (for the page cache, after the post moved).</summary>
    public async Task<IReadOnlyList<int>> NeighbourIdsAsync(int postId, CancellationToken ct = default)
    {
        var found = await Public().Where(p => p.Id == postId).Select(p => new { p.PublishedUtc, p.Language }).FirstOrDefaultAsync(ct);
        if (found?.PublishedUtc is not { } at) return [];
        var ids = new List<int>(2);
        ids.AddRange(await Before(at, postId, found.Language).Select(p => p.Id).Take(1).ToListAsync(ct));
        ids.AddRange(await After(at, postId, found.Language).Select(p => p.Id).Take(1).ToListAsync(ct));
        return ids;
    }

    /// <summary>A person with at least one public post in the stream (as the sitemap lists them); staff who publish nothing have no public page.</summary>
    public Task<AuthorProfile?> FindAuthorAsync(string slug, CancellationToken ct = default)
    {
        // One person, so one EXISTS on the author's posts (the set form above is for listing every author); in any
        // language, so a person who writes only in English still has a page (its list then empty) in Arabic.
        var stream = InStream(db.Posts.AsNoTracking());
        return db.People.AsNoTracking().Where(p => p.Slug == slug && stream.Any(x => x.AuthorId == p.Id))
            .Select(p => new AuthorProfile(p.Id, p.DisplayName, p.Slug, p.Bio, p.AvatarUrl)).FirstOrDefaultAsync(ct);
    }

    public Task<CategoryView?> FindCategoryAsync(string slug, CancellationToken ct = default) =>
        db.Categories.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new CategoryView(c.Id, c.Name, c.Slug, c.Description, c.Parent == null ? null : new TermRef(c.Parent.Name, c.Parent.Slug, c.Parent.Id)))
            .FirstOrDefaultAsync(ct);

    public Task<Tag?> FindTagAsync(string slug, CancellationToken ct = default) =>
        db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);

    /// <summary>A library image with what a responsive &lt;picture&gt; needs (variants, dimensions), e.g. a post's featured image.</summary>
    public Task<Media.ResponsiveImage?> FindImageAsync(string storagePath, CancellationToken ct = default) =>
        db.Media.AsNoTracking().Where(m => m.StoragePath == storagePath && m.ContentType.StartsWith("image/"))
            .Select(m => new Media.ResponsiveImage(m.StoragePath, m.ContentType, m.Width, m.Height, m.VariantWidths, m.AltText))
            .FirstOrDefaultAsync(ct);

    /// <summary>A document (PDF) of the media library, for its public page.</summary>
    /// <summary>
    /// A library PDF's public page, only once something public leads to it: a public post that links or features it,
    /// a published endorsement's letter, or the transparency table. An upload alone is not a publication.
    /// </summary>
    public async Task<Media.DocumentView?> FindDocumentAsync(int id, CancellationToken ct = default)
    {
        var document = await db.Media.AsNoTracking().Where(m => m.Id == id && m.ContentType == "application/pdf")
            .Select(m => new Media.DocumentView(m.Id, m.Title ?? m.FileName, m.FileName, m.StoragePath, m.SizeBytes, m.CreatedUtc))
            .FirstOrDefaultAsync(ct);
        if (document is null) return null;
        var (url, page) = (document.Url, document.PagePath + "\"");
        var published = await Public().AnyAsync(p => p.FeaturedMediaId == id || p.BodyHtml.Contains(url) || p.BodyHtml.Contains(page), ct)
            || await db.Endorsements.AnyAsync(e => e.LetterMediaId == id && Public().Any(p => p.Id == e.PostId), ct)
            || await db.TransparencyDocuments.AnyAsync(t => t.MediaId == id, ct);
        return published ? document : null;
    }

    private static IOrderedQueryable<Post> Newest(IQueryable<Post> q) =>
        q.OrderByDescending(p => p.PublishedUtc).ThenByDescending(p => p.Id);

    private async Task<PageOf<PostSummary>> PageAsync(IQueryable<Post> q, int page, int pageSize, CancellationToken ct)
    {
        // Bounded so the offset cannot overflow: ?page=2147483647 wrapped to a negative offset, which SQLite reads as 0.
        page = Math.Clamp(page, 1, int.MaxValue / pageSize);
        var total = await q.CountAsync(ct);
        var items = await SummariesAsync(Newest(q).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new PageOf<PostSummary>(items, page, pageSize, total);
    }

    /// <summary>
    /// Loads the posts an ordered, limited query picks, in its order. The ids are picked first (from the indexes),
    /// then only those rows are read: sorting whole rows would drag every post's body through the sort.
    /// </summary>
    private async Task<List<PostSummary>> SummariesAsync(IQueryable<Post> picked, CancellationToken ct) =>
        await SummariesByIdAsync(await picked.Select(p => p.Id).ToListAsync(ct), ct);

    private async Task<List<PostSummary>> SummariesByIdAsync(List<int> ids, CancellationToken ct)
    {
        ids = ids.Distinct().ToList();
        if (ids.Count == 0) return [];
        var rows = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(ToSummary).ToListAsync(ct);
        return (await WithStatementNumbersAsync(rows, ct)).OrderBy(r => ids.IndexOf(r.Id)).ToList();
    }

    /// <summary>Gives listed statements their numbers, so every list can title them as the statement's own page does.</summary>
    private async Task<List<PostSummary>> WithStatementNumbersAsync(List<PostSummary> rows, CancellationToken ct)
    {
        var statementIds = rows.Where(r => r.Kind == PostKind.Statement).Select(r => r.Id).ToList();
        // Most pages list no statement: no query for them.
        if (statementIds.Count == 0) return rows;
        // A translation is titled and addressed by its group's number.
        var numbers = await Organisation.StatementNumbers.Of(db).Where(s => statementIds.Contains(s.PostId) && s.Number != null)
            .Select(s => new { s.PostId, s.Year, s.Number })
            .ToDictionaryAsync(s => s.PostId, s => new StatementNumber(s.Year!.Value, s.Number!.Value), ct);
        return rows.Select(r => numbers.TryGetValue(r.Id, out var n) ? r with { Statement = n } : r).ToList();
    }
}
