using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// Saving a post, whoever saves it (admin, import, demo, API): body sanitised and hashtags linked and tagged,
/// slug normalised and kept unique, the old slug kept as a redirect, a revision kept, the version bumped.
/// The caller saves changes, so a post and everything that goes with it commit together.
/// </summary>
public sealed class PostWriter(QalamDb db, TimeProvider clock, Media.MediaHtml media)
{
    public async Task ApplyBodyAsync(Post post, string? html, CancellationToken ct = default)
    {
        var prepared = PostBody.Prepare(html);
        // Library images get their srcset and dimensions now, so the stored body is ready to serve to phones.
        post.BodyHtml = await media.AddSrcsetAsync(prepared.Html, ct);
        foreach (var hashtag in prepared.Hashtags)
        {
            var tag = await FindOrCreateTagAsync(PostBody.TagName(hashtag), PostBody.TagSlug(hashtag), ct);
            if (!post.Tags.Contains(tag)) post.Tags.Add(tag);
        }
    }

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
        var wanted = string.IsNullOrWhiteSpace(requested) ? Slug.FromText(post.Title, transliterate) : Slug.FromText(Slug.Normalize(requested));
        if (wanted.Length == 0) wanted = "post";
        var slug = wanted;
        if (disambiguator is not null && await SlugTakenAsync(slug, post, ct)) wanted = slug = $"{wanted}-{disambiguator}";
        for (var i = 2; await SlugTakenAsync(slug, post, ct); i++) slug = $"{wanted}-{i}";
        if (post.Id != 0 && post.Slug != slug && !string.IsNullOrEmpty(post.Slug))
        {
            await KeepRedirectAsync("/" + post.Slug, RedirectTarget.Post, post.Id, ct);
        }
        post.Slug = slug;
    }

    private async Task<bool> SlugTakenAsync(string slug, Post post, CancellationToken ct) =>
        db.Posts.Local.Any(p => !ReferenceEquals(p, post) && p.Slug == slug) || await db.Posts.AnyAsync(p => p.Slug == slug && p.Id != post.Id, ct);

    /// <summary>Records an old address for a post, category, tag or author. An address that now belongs to the target itself is not kept.</summary>
    public async Task KeepRedirectAsync(string fromPath, RedirectTarget kind, int targetId, CancellationToken ct = default)
    {
        var path = RedirectPaths.Normalize(fromPath);
        var existing = await db.Redirects.FirstOrDefaultAsync(r => r.FromPath == path, ct)
            ?? db.Redirects.Local.FirstOrDefault(r => r.FromPath == path);
        if (existing is null)
        {
            db.Redirects.Add(new Redirect { FromPath = path, TargetKind = kind, TargetId = targetId, CreatedUtc = clock.GetUtcNow() });
        }
        else
        {
            existing.TargetKind = kind;
            existing.TargetId = targetId;
        }
    }

    /// <summary>Stamps times, bumps the version and keeps a revision of what is being saved.</summary>
    public void Touch(Post post, int? savedById)
    {
        var now = clock.GetUtcNow();
        if (post.Id == 0) post.CreatedUtc = now;
        post.UpdatedUtc = now;
        post.Version++;
        db.Revisions.Add(new Revision { Post = post, Title = post.Title, BodyHtml = post.BodyHtml, Excerpt = post.Excerpt, SavedById = savedById, SavedUtc = now });
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
