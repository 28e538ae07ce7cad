using Microsoft.EntityFrameworkCore;

namespace Qalam.Content;

/// <summary>The public reads behind the search page, so search results pass through <see cref="IsPublic"/> like every other listing.</summary>
public sealed partial class ContentQueries
{
    /// <summary>Public posts among the given ids, in the given order (a ranked page of search results); others are left out.</summary>
    public async Task<IReadOnlyList<PostSummary>> ListPublicByIdsAsync(IReadOnlyList<int> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        // Filtering by IsPublic in SQL would let SQLite pick the status index and scan every public post to find a page
        // of ten; instead read the ten by key and apply the same IsPublic rule to them here.
        var now = clock.GetUtcNow();
        var probes = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new Post { Id = p.Id, Title = "", Slug = "", Status = p.Status, Kind = p.Kind, PublishedUtc = p.PublishedUtc }).ToListAsync(ct);
        var publicIds = probes.Where(p => IsPublicAt(p, now)).Select(p => p.Id).ToList();
        var found = await db.Posts.AsNoTracking().Where(p => publicIds.Contains(p.Id)).Select(ToSummary).ToListAsync(ct);
        var byId = found.ToDictionary(p => p.Id);
        return await WithStatementNumbersAsync(ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList(), ct);
    }

    /// <summary>Public statements given this number (in this year, or in any year, newest first), for a search that names one.</summary>
    public async Task<IReadOnlyList<int>> ListStatementIdsAsync(int number, int? year, CancellationToken ct = default)
    {
        var publicPosts = Public();
        var q = db.Statements.AsNoTracking().Where(s => s.Number == number && publicPosts.Any(p => p.Id == s.PostId));
        if (year is { } y) q = q.Where(s => s.Year == y);
        // One a year at most; a handful of years is plenty for the top of a page of results.
        return await q.OrderByDescending(s => s.Year).Take(5).Select(s => s.PostId).ToListAsync(ct);
    }

    /// <summary>People who have public posts, for the search page's author filter.</summary>
    public async Task<IReadOnlyList<TermRef>> ListPublishingAuthorsAsync(CancellationToken ct = default)
    {
        var isPublic = IsPublic(clock.GetUtcNow());
        var authorIds = db.Posts.Where(isPublic).Select(p => p.AuthorId).Distinct();
        return await db.People.AsNoTracking().Where(p => authorIds.Contains(p.Id))
            .OrderBy(p => p.DisplayName).Select(p => new TermRef(p.DisplayName, p.Slug)).ToListAsync(ct);
    }

    /// <summary>Every category, parents before their children, for the search page's category filter.</summary>
    public async Task<IReadOnlyList<TermRef>> ListCategoriesAsync(CancellationToken ct = default) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.ParentId == null ? c.Name : c.Parent!.Name).ThenBy(c => c.ParentId != null).ThenBy(c => c.Name)
            .Select(c => new TermRef(c.Name, c.Slug)).ToListAsync(ct);
}
