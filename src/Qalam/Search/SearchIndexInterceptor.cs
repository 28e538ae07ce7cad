using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// Keeps the search index in the same transaction as the posts, whoever saves them (editor, import, demo, API):
/// before saving it notes which posts, post-tag links and tags change and opens a transaction if the caller has none;
/// after saving (ids now known) it re-reads those posts, writes their index rows, and commits. A failed save rolls both back.
/// </summary>
public sealed class SearchIndexInterceptor(SearchIndexer indexer) : SaveChangesInterceptor
{
    private sealed class Pending
    {
        public List<Post> Posts { get; } = [];
        public List<int> Deleted { get; } = [];
        public List<Dictionary<string, object>> TagLinks { get; } = [];
        public List<Tag> RenamedTags { get; } = [];
        public IDbContextTransaction? OwnTransaction { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is QalamDb db) await BeginAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is QalamDb db) BeginAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is QalamDb db) await FinishAsync(db, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is QalamDb db) FinishAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbortAsync(eventData.Context);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AbortAsync(eventData.Context).GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await AbortAsync(eventData.Context);

    public override void SaveChangesCanceled(DbContextEventData eventData) => AbortAsync(eventData.Context).GetAwaiter().GetResult();

    private async Task BeginAsync(QalamDb db, CancellationToken ct)
    {
        // Interceptors run before EF detects changes; detect them now to see what this save will write.
        if (db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        var pending = new Pending();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Post post when entry.State == EntityState.Deleted:
                    pending.Deleted.Add(post.Id);
                    break;
                case Post post when entry.State is EntityState.Added or EntityState.Modified:
                    pending.Posts.Add(post);
                    break;
                case Dictionary<string, object> link when entry.Metadata.Name == "PostTags" && entry.State is EntityState.Added or EntityState.Deleted:
                    pending.TagLinks.Add(link);
                    break;
                case Tag tag when entry.State == EntityState.Modified && entry.Property(nameof(Tag.Name)).IsModified:
                    pending.RenamedTags.Add(tag);
                    break;
            }
        }
        if (pending.Posts.Count + pending.Deleted.Count + pending.TagLinks.Count + pending.RenamedTags.Count == 0) return;
        if (db.Database.CurrentTransaction is null) pending.OwnTransaction = await db.Database.BeginTransactionAsync(ct);
        _pending.AddOrUpdate(db, pending);
    }

    private async Task FinishAsync(QalamDb db, CancellationToken ct)
    {
        if (!_pending.TryGetValue(db, out var pending)) return;
        _pending.Remove(db);
        try
        {
            var changed = pending.Posts.Select(p => p.Id).ToHashSet();
            foreach (var link in pending.TagLinks)
            {
                if (link.TryGetValue("PostsId", out var id) && id is int postId) changed.Add(postId);
            }
            foreach (var tag in pending.RenamedTags)
            {
                changed.UnionWith(await db.Posts.AsNoTracking().Where(p => p.Tags.Any(t => t.Id == tag.Id)).Select(p => p.Id).ToListAsync(ct));
            }
            await indexer.UpdateAsync(db, changed, pending.Deleted, ct);
            if (pending.OwnTransaction is { } tx) await tx.CommitAsync(ct);
        }
        catch
        {
            if (pending.OwnTransaction is { } tx) await tx.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            if (pending.OwnTransaction is { } tx) await tx.DisposeAsync();
        }
    }

    private async Task AbortAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        _pending.Remove(context);
        if (pending.OwnTransaction is { } tx)
        {
            await tx.RollbackAsync(CancellationToken.None);
            await tx.DisposeAsync();
        }
    }
}
