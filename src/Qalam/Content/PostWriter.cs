using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// Saving a post, whoever saves it (admin, import, demo, API): body sanitised and hashtags linked and tagged,
/// slug normalised and kept unique, the old slug kept as a redirect, teaser and reading time stored, a revision kept,
/// the version bumped, then the status moved. <see cref="SaveAsync"/> owns the order of the steps and the transaction;
/// the content feed announces the change when it commits. Nothing else sets a post's status.
/// </summary>
public sealed partial class PostWriter(QalamDb db, TimeProvider clock, Media.MediaHtml media, Publishing publishing, Accounts.AuditLog audit)
{
    /// <summary>
    /// Set by a batch that writes the rows a save only adds (revisions, new redirects) in bulk after its save
    /// (<see cref="BulkRows"/>, an import); null, they are tracked like the rest.
    /// </summary>
    public BulkRows? Bulk { get; set; }

    /// <summary>
    /// Saves a post (new or changed, with whatever else is tracked: its endorsement, statement, terms) and moves it to
    /// <paramref name="target"/> in one transaction: a new post is inserted first, so its publication and audit line
    /// name its id. Joins the caller's transaction when there is one. <paramref name="edit"/> is null for a change of
    /// status alone.
    /// </summary>
    public Task SaveAsync(Post post, PostStatus target, PostEdit? edit = null, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        if (edit is not null) await StageAsync(post, edit, ct);
        if (post.Id == 0)
        {
            if (db.Entry(post).State == EntityState.Detached) db.Posts.Add(post);
            await db.SaveChangesAsync(ct);
        }
        await MoveAsync(post, target, ct);
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>
    /// The content steps of a save, in their order, without saving: an import stages a whole batch this way, saves it
    /// once, then moves each post with <see cref="MoveAsync"/>.
    /// </summary>
    public Task StageAsync(Post post, PostEdit edit, CancellationToken ct = default) => StageAsync(post, edit, null, ct);

    /// <param name="prepared"><c>edit.BodyHtml</c> prepared already (<see cref="PreparedBody.Of"/>), or null to prepare it here.</param>
    public async Task StageAsync(Post post, PostEdit edit, PreparedBody? prepared, CancellationToken ct)
    {
        string? text = null;
        if (prepared is null) await ApplyBodyAsync(post, edit.BodyHtml, ct);
        else if (await ApplyPreparedAsync(post, prepared.Body, ct)) text = prepared.Text;
        if (edit.Slug is not null || string.IsNullOrEmpty(post.Slug)) await SetSlugAsync(post, edit.Slug, edit.Transliterate, edit.Disambiguator, ct);
        if (post.Id != 0 && edit.ExpectedVersion is { } version) db.Entry(post).Property(p => p.Version).OriginalValue = version;
        Touch(post, edit.SavedById, edit.SavedUtc, text);
    }

    /// <summary>Publishes (or schedules) a saved post, or takes it to another status; already live stays as it is.</summary>
    public async Task MoveAsync(Post post, PostStatus target, CancellationToken ct = default)
    {
        if (target == PostStatus.Scheduled && post.Status == PostStatus.Scheduled) return;
        var live = post.Status == PostStatus.Published && post.PublishedUtc <= clock.GetUtcNow();
        if (target == PostStatus.Published && !live) await publishing.PublishAsync(post, ct);
        else if (target != PostStatus.Published) publishing.Unpublish(post, target);
    }

    public Task ApplyBodyAsync(Post post, string? html, CancellationToken ct = default) => ApplyPreparedAsync(post, PostBody.Prepare(html), ct);

    /// <summary>Sets the slug (from the given text, or the title), unique among posts; keeps the old one as a redirect.</summary>
    public Task SetSlugAsync(Post post, string? requested, bool transliterate = false, CancellationToken ct = default) =>
        SetSlugAsync(post, requested, transliterate, null, ct);

    /// <summary>
    /// Gives the post the slug asked for (or one made from its title), made unique among saved posts and those added but
    /// not yet saved. A taken slug gets <paramref name="disambiguator"/> (an import's old id, so the same item always gets
    /// the same address whatever order it arrives in), then -2, -3….
    /// </summary>
    public async Task SetSlugAsync(Post post, string? requested, bool transliterate, string? disambiguator, CancellationToken ct)
    {
        var wanted = WantedSlug(post.Title, requested, transliterate);
        var slug = wanted;
        // One look-up when the slug is free, as nearly all are.
        var taken = await SlugTakenAsync(slug, post, ct);
        if (disambiguator is not null && taken)
        {
            wanted = slug = $"{wanted}-{disambiguator}";
            taken = await SlugTakenAsync(slug, post, ct);
        }
        for (var i = 2; taken; i++)
        {
            slug = $"{wanted}-{i}";
            taken = await SlugTakenAsync(slug, post, ct);
        }
        if (post.Id != 0 && post.Slug != slug && !string.IsNullOrEmpty(post.Slug))
        {
            await KeepRedirectAsync("/" + post.Slug, RedirectTarget.Post, post.Id, ct);
        }
        post.Slug = slug;
        if (Bulk is not null) _givenInBulk[slug] = post;
    }


    /// <summary>Records an old address for a post, category, tag or author. An address that now belongs to the target itself is not kept.</summary>
    public Task KeepRedirectAsync(string fromPath, RedirectTarget kind, int targetId, CancellationToken ct = default) =>
        KeepRedirectAsync(fromPath, kind, targetId, loaded: false, ct);

    /// <param name="loaded">The caller has loaded any redirect from this path already (an import batch does so in one query).</param>
    public async Task KeepRedirectAsync(string fromPath, RedirectTarget kind, int targetId, bool loaded, CancellationToken ct)
    {
        var path = RedirectPaths.Normalize(fromPath);
        var existing = Bulk?.Find<Redirect>(path) ?? db.Redirects.Local.FirstOrDefault(r => r.FromPath == path)
            ?? (loaded ? null : await db.Redirects.FirstOrDefaultAsync(r => r.FromPath == path, ct));
        if (existing is null)
        {
            var redirect = new Redirect { FromPath = path, TargetKind = kind, TargetId = targetId, CreatedUtc = clock.GetUtcNow() };
            if (Bulk is null) db.Redirects.Add(redirect);
            else Bulk.Add(redirect, path);
        }
        else
        {
            existing.TargetKind = kind;
            existing.TargetId = targetId;
        }
    }

    /// <summary>Stamps times (now, or the earlier moment given), bumps the version and keeps a revision of what is being saved.</summary>
    public void Touch(Post post, int? savedById, DateTimeOffset? at = null) => Touch(post, savedById, at, null);

    /// <param name="text">The plain text of the stored body, when already known.</param>
    private void Touch(Post post, int? savedById, DateTimeOffset? at, string? text)
    {
        var now = clock.GetUtcNow();
        if (at is { } earlier && earlier < now) now = earlier;
        if (post.Id == 0) post.CreatedUtc = now;
        post.UpdatedUtc = now;
        post.Version++;
        // Lists show these for every post on every request: computed here, once, not parsed from the body each time.
        text ??= PostBody.ToText(post.BodyHtml);
        post.Teaser = string.IsNullOrWhiteSpace(post.Excerpt) ? PostBody.Shorten(text) : post.Excerpt;
        post.ReadingMinutes = PostBody.ReadingMinutes(text);
        var revision = new Revision { Title = post.Title, BodyHtml = post.BodyHtml, Excerpt = post.Excerpt, SavedById = savedById, SavedUtc = now };
        // In bulk only for a post whose id is known already (reserved ahead): the row names it.
        if (Bulk is not null && post.Id != 0)
        {
            revision.PostId = post.Id;
            Bulk.Add(revision);
        }
        else
        {
            revision.Post = post;
            db.Revisions.Add(revision);
        }
    }

    public async Task<Tag> FindOrCreateTagAsync(string name, string slug, CancellationToken ct = default)
    {
        var tag = db.Tags.Local.FirstOrDefault(t => t.Slug == slug) ?? await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, ct);
        if (tag is null)
        {
            tag = new Tag { Name = name, Slug = slug };
            db.Tags.Add(tag);
        }
        return tag;
    }

    public async Task<Category> FindOrCreateCategoryAsync(string name, string? slug = null, Category? parent = null, CancellationToken ct = default)
    {
        slug ??= Slug.FromText(name);
        var category = db.Categories.Local.FirstOrDefault(c => c.Slug == slug) ?? await db.Categories.FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (category is null)
        {
            category = new Category { Name = name, Slug = slug, Parent = parent };
            db.Categories.Add(category);
        }
        return category;
    }
}
