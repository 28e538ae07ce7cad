using Microsoft.EntityFrameworkCore;

namespace Qalam.Content;

/// <summary>A post's own term of another taxonomy (a WordPress site's "series" or "region"), for links under it.</summary>
public sealed record TaxonomyTermRef(string Taxonomy, string Name, string Slug, int Id = 0);

/// <summary>Terms of taxonomies other than categories and tags, as an imported WordPress site had them.</summary>
public sealed partial class ContentQueries
{
    public Task<Term?> FindTermAsync(string taxonomy, string slug, CancellationToken ct = default) =>
        db.Terms.AsNoTracking().FirstOrDefaultAsync(t => t.Taxonomy == taxonomy && t.Slug == slug, ct);

    public Task<PageOf<PostSummary>> ListByTermAsync(int termId, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Stream().Where(p => db.Terms.Any(t => t.Id == termId && t.Posts.Any(tp => tp.Id == p.Id))), page, pageSize, ct);

    /// <summary>
    /// Whether any public post in the stream carries the tag, in any language: a tag only drafts carry has no page, but
    /// one whose posts are all English still has an (empty) Arabic page, where the switcher leads.
    /// </summary>
    public Task<bool> IsTagPublicAsync(int tagId, CancellationToken ct = default) =>
        InStream(db.Posts.AsNoTracking()).AnyAsync(p => p.Tags.Any(t => t.Id == tagId), ct);

    /// <summary>The post's terms, by taxonomy then name; only terms that lead to a page (every public post's terms do).</summary>
    public async Task<IReadOnlyList<TaxonomyTermRef>> ListTermsOfPostAsync(int postId, CancellationToken ct = default) =>
        await db.Terms.AsNoTracking().Where(t => t.Posts.Any(p => p.Id == postId))
            .OrderBy(t => t.Taxonomy).ThenBy(t => t.Name)
            .Select(t => new TaxonomyTermRef(t.Taxonomy, t.Name, t.Slug, t.Id)).ToListAsync(ct);
}
