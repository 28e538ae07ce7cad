using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>Keeps the index in step with posts: re-reads changed posts and writes or removes their index rows; rebuilds everything.</summary>
public sealed partial class SearchIndexer(ISearchStore store)
{
    private const int BatchSize = 500;

    /// <summary>Brings the index up to date for changed and deleted posts, inside the caller's transaction.</summary>
    public async Task UpdateAsync(QalamDb db, IReadOnlyCollection<int> changed, IReadOnlyCollection<int> deleted, CancellationToken ct)
    {
        var loaded = changed.Count == 0 ? [] : await LoadAsync(db.Posts.Where(p => changed.Contains(p.Id)), ct);
        var found = loaded.Where(p => !deleted.Contains(p.PostId)).ToDictionary(p => p.PostId);
        // Posts no longer published or scheduled, and deleted ones, leave the index.
        await store.RemoveAsync(db, changed.Where(id => !found.ContainsKey(id)).Concat(deleted).Distinct().ToList(), ct);
        await store.WriteAsync(db, found.Values.OrderBy(p => p.PostId).Select(p => TakeAhead(db, p) ?? SearchDocument.From(p)).ToList(), ct);
    }

    /// <summary>Empties the index and indexes every published or scheduled post again, a batch per transaction.</summary>
    public async Task<int> RebuildAsync(QalamDb db, Action<int, int>? progress, CancellationToken ct)
    {
        await using (var clear = await db.Database.BeginTransactionAsync(ct))
        {
            await store.ClearAsync(db, ct);
            await clear.CommitAsync(ct);
        }
        var indexable = Indexable(db.Posts.AsNoTracking());
        var total = await indexable.CountAsync(ct);
        var done = 0;
        var lastId = 0;
        progress?.Invoke(0, total);
        while (true)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Read inside the write transaction, so a post saved meanwhile cannot be overwritten by an older copy.
            var ids = await db.Posts.Where(p => p.Id > lastId).OrderBy(p => p.Id).Select(p => p.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0) break;
            var (from, to) = (lastId, ids[^1]);
            var batch = await LoadAsync(db.Posts.Where(p => p.Id > from && p.Id <= to), ct);
            var documents = new SearchDocument[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = ct }, i => documents[i] = SearchDocument.From(batch[i]));
            await store.WriteAsync(db, documents, ct);
            await tx.CommitAsync(ct);
            lastId = to;
            done += batch.Count;
            progress?.Invoke(done, total);
        }
        await store.WriteAnalyzerVersionAsync(db, SearchAnalyzer.Version, ct);
        return done;
    }

    /// <summary>Which posts the index holds: published or scheduled ones, with their date.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Post, bool>> IndexableRule =
        p => (p.Status == PostStatus.Published || p.Status == PostStatus.Scheduled) && p.PublishedUtc != null;

    private static readonly Func<Post, bool> IsIndexable = IndexableRule.Compile();

    internal static IQueryable<Post> Indexable(IQueryable<Post> posts) => posts.Where(IndexableRule);

    /// <summary>
    /// Indexes new posts just written as they are held here (an import's, written in bulk), inside the caller's
    /// transaction: their stored title, body and tags are these, so they are not read back.
    /// </summary>
    public Task AddWrittenAsync(QalamDb db, IEnumerable<Post> written, CancellationToken ct) =>
        store.WriteAsync(db, written.Where(IsIndexable).OrderBy(p => p.Id)
            .Select(p => new IndexedPost(p.Id, p.Title, p.BodyHtml, p.Tags.OrderBy(t => t.Id).Select(t => t.Name).ToList(), p.AuthorId, p.Kind, p.Language, p.PublishedUtc!.Value))
            .Select(p => TakeAhead(db, p) ?? SearchDocument.From(p)).ToList(), ct);

    private static Task<List<IndexedPost>> LoadAsync(IQueryable<Post> posts, CancellationToken ct) =>
        Indexable(posts.AsNoTracking())
            .Select(p => new IndexedPost(p.Id, p.Title, p.BodyHtml, p.Tags.Select(t => t.Name).ToList(), p.AuthorId, p.Kind, p.Language, p.PublishedUtc!.Value))
            .ToListAsync(ct);
}
