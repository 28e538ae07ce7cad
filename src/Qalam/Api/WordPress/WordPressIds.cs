using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Api.WordPress;

/// <summary>
/// WordPress's ids for what came from WordPress, so a tool that stored them keeps working after the move. The import
/// records a post's, an attachment's and a tag's WordPress id (ImportedItems) and keeps a category's and an author's as their
/// old addresses (/?cat=3, /?author=2); anything else answers with its Qalam id. A Qalam id that an imported item's
/// WordPress id also uses is read as the imported item, which is what the tool meant.
/// </summary>
public sealed class WordPressIds(QalamDb db)
{
    public Task<Dictionary<int, int>> PostsAsync(IEnumerable<int> ids, CancellationToken ct) => ImportedAsync("post", ids, ct);
    public Task<Dictionary<int, int>> MediaAsync(IEnumerable<int> ids, CancellationToken ct) => ImportedAsync("attachment", ids, ct);
    public Task<Dictionary<int, int>> TagsAsync(IEnumerable<int> ids, CancellationToken ct) => ImportedAsync("tag", ids, ct);
    public Task<Dictionary<int, int>> CategoriesAsync(IEnumerable<int> ids, CancellationToken ct) => RedirectedAsync("/?cat=", RedirectTarget.Category, ids, ct);
    public Task<Dictionary<int, int>> AuthorsAsync(IEnumerable<int> ids, CancellationToken ct) => RedirectedAsync("/?author=", RedirectTarget.Author, ids, ct);

    /// <summary>Every id the posts of one answer show, mapped at once (a query per kind of id).</summary>
    public async Task<WpIdMaps> MapsAsync(IReadOnlyCollection<PostLinks> posts, IEnumerable<int> moreAuthors, IEnumerable<int> moreMedia, CancellationToken ct)
    {
        var postIds = posts.Select(p => p.PostId).ToList();
        var guids = postIds.Count == 0 ? new Dictionary<int, string>() : await db.ImportedItems.AsNoTracking()
            .Where(i => i.ItemType == "post" && postIds.Contains(i.TargetId) && i.SourceGuid != null)
            .Select(i => new { i.TargetId, i.SourceGuid }).ToDictionaryAsync(i => i.TargetId, i => i.SourceGuid!, ct);
        return new WpIdMaps(await PostsAsync(postIds, ct),
            await MediaAsync(posts.Select(p => p.FeaturedMediaId).OfType<int>().Concat(moreMedia), ct),
            await CategoriesAsync(posts.SelectMany(p => p.Categories.Select(c => c.Id)), ct),
            await AuthorsAsync(posts.Select(p => p.AuthorId).Concat(moreAuthors), ct),
            await TagsAsync(posts.SelectMany(p => p.Tags.Select(t => t.Id)), ct), guids);
    }

    public async Task<int?> FindPostAsync(int wpId, CancellationToken ct) => await FindImportedAsync("post", wpId, ct);
    public async Task<int?> FindMediaAsync(int wpId, CancellationToken ct) => await FindImportedAsync("attachment", wpId, ct);
    public async Task<int?> FindTagAsync(int wpId, CancellationToken ct) => await FindImportedAsync("tag", wpId, ct);
    public Task<int?> FindCategoryAsync(int wpId, CancellationToken ct) => FindRedirectedAsync("/?cat=", RedirectTarget.Category, wpId, ct);
    public Task<int?> FindAuthorAsync(int wpId, CancellationToken ct) => FindRedirectedAsync("/?author=", RedirectTarget.Author, wpId, ct);

    private async Task<Dictionary<int, int>> ImportedAsync(string type, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var map = list.ToDictionary(id => id, id => id);
        if (list.Count == 0) return map;
        var rows = await db.ImportedItems.AsNoTracking().Where(i => i.ItemType == type && list.Contains(i.TargetId))
            .Select(i => new { i.TargetId, i.SourceId }).ToListAsync(ct);
        foreach (var row in rows) if (int.TryParse(row.SourceId, out var wp)) map[row.TargetId] = wp;
        return map;
    }

    private async Task<int?> FindImportedAsync(string type, int wpId, CancellationToken ct)
    {
        var text = wpId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var target = await db.ImportedItems.AsNoTracking().Where(i => i.ItemType == type && i.SourceId == text).Select(i => (int?)i.TargetId).FirstOrDefaultAsync(ct);
        if (target is not null) return target;
        // An item that came from WordPress answers only to its WordPress id.
        return await db.ImportedItems.AnyAsync(i => i.ItemType == type && i.TargetId == wpId, ct) ? null : wpId;
    }

    private async Task<Dictionary<int, int>> RedirectedAsync(string prefix, RedirectTarget kind, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var map = list.ToDictionary(id => id, id => id);
        if (list.Count == 0) return map;
        var rows = await db.Redirects.AsNoTracking().Where(r => r.TargetKind == kind && list.Contains(r.TargetId) && r.FromPath.StartsWith(prefix))
            .Select(r => new { r.TargetId, r.FromPath }).ToListAsync(ct);
        foreach (var row in rows) if (int.TryParse(row.FromPath[prefix.Length..], out var wp)) map[row.TargetId] = wp;
        return map;
    }

    private async Task<int?> FindRedirectedAsync(string prefix, RedirectTarget kind, int wpId, CancellationToken ct)
    {
        var path = prefix + wpId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var target = await db.Redirects.AsNoTracking().Where(r => r.FromPath == path && r.TargetKind == kind).Select(r => (int?)r.TargetId).FirstOrDefaultAsync(ct);
        if (target is not null) return target;
        return await db.Redirects.AnyAsync(r => r.TargetKind == kind && r.TargetId == wpId && r.FromPath.StartsWith(prefix), ct) ? null : wpId;
    }
}
