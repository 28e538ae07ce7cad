using Microsoft.EntityFrameworkCore;
using Qalam.Organisation;

namespace Qalam.Content;

/// <summary>The sitemap's reads: every public address with its last real change, a page at a time.</summary>
public sealed partial class ContentQueries
{
    /// <summary>
    /// Every public post's address and last change, a page at a time. A numbered statement is listed at its permanent
    /// address (/statements/{year}/{n}), and it changes when an addendum or a withdrawal is published under it.
    /// </summary>
    public async Task<IReadOnlyList<SitemapPost>> ListForSitemapAsync(int skip, int take, CancellationToken ct = default)
    {
        var rows = await Public().OrderBy(p => p.Id).Skip(skip).Take(take)
            .Select(p => new { p.Id, p.Slug, p.UpdatedUtc, p.Kind, p.Language, p.TranslationGroupId }).ToListAsync(ct);
        var statementIds = rows.Where(r => r.Kind == PostKind.Statement).Select(r => r.Id).ToList();
        // Most pages of the sitemap hold no statement: no query for them. A translation is listed at its group's number.
        var statements = statementIds.Count == 0 ? [] : await StatementNumbers.Of(db).Where(n => statementIds.Contains(n.PostId) && n.Number != null)
            .Join(db.Statements, n => n.PostId, s => s.PostId, (n, s) => new
            {
                s.PostId, Year = n.Year!.Value, Number = n.Number!.Value, s.WithdrawnUtc,
                Addendum = s.Addenda.OrderByDescending(a => a.PublishedUtc).Select(a => (DateTimeOffset?)a.PublishedUtc).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var byPost = statements.ToDictionary(s => s.PostId);
        // The public members of the translation groups on this page, for their alternates (one query, only when there are groups).
        var groups = rows.Where(r => r.TranslationGroupId != null).Select(r => r.TranslationGroupId!.Value).Distinct().ToList();
        var members = groups.Count == 0 ? [] : await Public().Where(p => p.TranslationGroupId != null && groups.Contains(p.TranslationGroupId.Value))
            .OrderBy(p => p.Id).Select(p => new { Group = p.TranslationGroupId!.Value, p.Slug, p.Language, p.UpdatedUtc }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var post = byPost.TryGetValue(r.Id, out var s)
                ? new SitemapPost(r.Slug, Latest(r.UpdatedUtc, s.WithdrawnUtc, s.Addendum), new StatementNumber(s.Year, s.Number)) { Language = r.Language }
                : new SitemapPost(r.Slug, r.UpdatedUtc, null) { Language = r.Language };
            var group = members.Where(m => m.Group == r.TranslationGroupId).ToList();
            // A group's members share a statement's number, so each is addressed by it.
            return group.Count < 2 ? post : post with
            {
                Translations = group.Select(m => new SitemapPost(m.Slug, m.UpdatedUtc, post.Statement) { Language = m.Language }).ToList(),
            };
        }).ToList();
    }

    /// <summary>
    /// The organisation's archives that have something to show, each with the time of its newest change where one is
    /// kept (partners keep none, so theirs is left out rather than made up).
    /// </summary>
    public async Task<IReadOnlyList<SitemapEntry>> ListSitemapSectionsAsync(CancellationToken ct = default)
    {
        var entries = new List<SitemapEntry>();
        var statements = await NewestChangeAsync(Public().Where(p => p.Kind == PostKind.Statement && db.Statements.Any(s => s.PostId == p.Id && s.Number != null)), ct);
        if (statements is not null) entries.Add(new(OrganisationUrls.Statements, statements));
        var endorsements = await NewestChangeAsync(Public().Where(p => db.Endorsements.Any(e => e.PostId == p.Id)), ct);
        if (endorsements is not null) entries.Add(new(OrganisationUrls.Endorsements, endorsements));
        if (await db.Partners.AnyAsync(p => p.ShowOnPartnersPage, ct)) entries.Add(new(OrganisationUrls.Partners, null));
        var transparency = await db.TransparencyDocuments.OrderByDescending(d => d.CreatedUtc).Select(d => (DateTimeOffset?)d.CreatedUtc).FirstOrDefaultAsync(ct);
        if (transparency is not null) entries.Add(new(OrganisationUrls.Transparency, transparency));
        return entries;
    }

    private static Task<DateTimeOffset?> NewestChangeAsync(IQueryable<Post> posts, CancellationToken ct) =>
        posts.OrderByDescending(p => p.UpdatedUtc).Select(p => (DateTimeOffset?)p.UpdatedUtc).FirstOrDefaultAsync(ct);

    private static DateTimeOffset Latest(DateTimeOffset updated, params ReadOnlySpan<DateTimeOffset?> others)
    {
        foreach (var other in others)
        {
            if (other is { } at && at > updated) updated = at;
        }
        return updated;
    }

    /// <summary>How many people, categories and tags have at least one public post.</summary>
    public async Task<SitemapCounts> CountSitemapTermsAsync(CancellationToken ct = default) => new(
        await AuthorsWithPosts().CountAsync(ct),
        await CategoriesWithPosts().CountAsync(ct),
        await TagsWithPosts().CountAsync(ct));

    /// <summary>Addresses of the people, categories or tags that have public posts, a page at a time.</summary>
    public async Task<IReadOnlyList<string>> ListSitemapTermsAsync(SitemapTerm term, int skip, int take, CancellationToken ct = default) => term switch
    {
        SitemapTerm.Author => (await AuthorsWithPosts().OrderBy(p => p.Id).Skip(skip).Take(take).Select(p => p.Slug).ToListAsync(ct)).Select(Urls.Author).ToList(),
        SitemapTerm.Category => (await CategoriesWithPosts().OrderBy(c => c.Id).Skip(skip).Take(take).Select(c => c.Slug).ToListAsync(ct)).Select(Urls.Category).ToList(),
        _ => (await TagsWithPosts().OrderBy(t => t.Id).Skip(skip).Take(take).Select(t => t.Slug).ToListAsync(ct)).Select(Urls.Tag).ToList(),
    };

    // One pass over the public posts' links, then the terms by id: a per-term EXISTS let SQLite scan every post per term.
    private IQueryable<Person> AuthorsWithPosts()
    {
        var ids = Stream().Select(p => p.AuthorId).Distinct();
        return db.People.AsNoTracking().Where(p => ids.Contains(p.Id));
    }

    private IQueryable<Category> CategoriesWithPosts()
    {
        var ids = Stream().SelectMany(p => p.Categories.Select(c => c.Id)).Distinct();
        var parents = Stream().SelectMany(p => p.Categories.Where(c => c.ParentId != null).Select(c => c.ParentId!.Value)).Distinct();
        return db.Categories.AsNoTracking().Where(c => ids.Contains(c.Id) || parents.Contains(c.Id));
    }

    private IQueryable<Tag> TagsWithPosts()
    {
        var ids = Stream().SelectMany(p => p.Tags.Select(t => t.Id)).Distinct();
        return db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id));
    }
}
