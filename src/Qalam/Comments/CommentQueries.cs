using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Comments;

/// <summary>A comment as readers see it: no e-mail, no address; <see cref="Depth"/> places it in the thread.</summary>
public sealed record CommentView(int Id, string AuthorName, DateTimeOffset CreatedUtc, string BodyHtml, int Depth, string? ParentAuthor);

/// <summary>What readers see of comments: approved ones of public posts only.</summary>
public sealed class CommentQueries(QalamDb db, TimeProvider clock)
{
    /// <summary>Deeper replies line up with the last level, so a long exchange stays readable on a phone.</summary>
    public const int MaxDepth = 4;

    private IQueryable<Comment> Approved() =>
        db.Comments.AsNoTracking().Where(c => c.Status == CommentStatus.Approved
            && db.Posts.Where(ContentQueries.IsPublic(clock.GetUtcNow())).Any(p => p.Id == c.PostId));

    /// <summary>The post's approved comments in reading order: each thread oldest first, replies under their parent.</summary>
    public async Task<IReadOnlyList<CommentView>> ListApprovedAsync(int postId, CancellationToken ct)
    {
        var all = await Approved().Where(c => c.PostId == postId).OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ParentId, c.AuthorName, c.CreatedUtc, c.BodyHtml }).ToListAsync(ct);
        var ids = all.Select(c => c.Id).ToHashSet();
        var names = all.ToDictionary(c => c.Id, c => c.AuthorName);
        // A reply whose parent is not shown (held, spam) starts its own thread rather than vanishing.
        var children = all.ToLookup(c => c.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var result = new List<CommentView>(all.Count);
        void Walk(int? parent, int depth)
        {
            foreach (var c in children[parent])
            {
                result.Add(new CommentView(c.Id, c.AuthorName, c.CreatedUtc, c.BodyHtml, Math.Min(depth, MaxDepth),
                    parent is { } p ? names[p] : null));
                Walk(c.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }

    /// <summary>Approved comments per post, for the counts in post lists (one query for a page of posts).</summary>
    public async Task<IReadOnlyDictionary<int, int>> CountApprovedAsync(IReadOnlyCollection<int> postIds, CancellationToken ct) =>
        await Approved().Where(c => postIds.Contains(c.PostId)).GroupBy(c => c.PostId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}
