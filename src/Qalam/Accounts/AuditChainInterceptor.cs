using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Qalam.Accounts;

/// <summary>
/// Chains new audit entries and refuses edits and deletions. The last hash is read inside the transaction that writes the
/// new rows (opened here when the caller has none; SQLite's is BEGIN IMMEDIATE, and PostgreSQL's takes an advisory lock in
/// Data/RowLocks, so writers queue and cannot fork the chain).
/// </summary>
public sealed class AuditChainInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _owned = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Added(db) is { Count: > 0 } added)
        {
            if (db.Database.CurrentTransaction is null) _owned.AddOrUpdate(db, await db.Database.BeginTransactionAsync(cancellationToken));
            if (db is Data.QalamDb qalam) await Data.RowLocks.AuditChainAsync(qalam, cancellationToken);
            var last = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancellationToken);
            Chain(added, last?.Id ?? 0, last?.Hash);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && Added(db) is { Count: > 0 } added)
        {
            if (db.Database.CurrentTransaction is null) _owned.AddOrUpdate(db, db.Database.BeginTransaction());
            if (db is Data.QalamDb qalam) Data.RowLocks.AuditChain(qalam);
            var last = db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefault();
            Chain(added, last?.Id ?? 0, last?.Hash);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _owned.TryGetValue(db, out var tx))
        {
            _owned.Remove(db);
            await tx.CommitAsync(cancellationToken);
            await tx.DisposeAsync();
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && _owned.TryGetValue(db, out var tx))
        {
            _owned.Remove(db);
            tx.Commit();
            tx.Dispose();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _owned.TryGetValue(db, out var tx))
        {
            _owned.Remove(db);
            await tx.DisposeAsync();
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db && _owned.TryGetValue(db, out var tx))
        {
            _owned.Remove(db);
            tx.Dispose();
        }
    }

    private static List<EntityEntry<AuditEntry>> Added(DbContext db)
    {
        var entries = db.ChangeTracker.Entries<AuditEntry>().ToList();
        if (entries.Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: entries are never changed or removed.");
        }
        return entries.Where(e => e.State == EntityState.Added).ToList();
    }

    /// <summary>
    /// Ids are given here, in order, so the chain's order is the id order the verifier walks. Set through the change
    /// tracker, not on the entity: a context that does not detect changes (an import) would otherwise keep its
    /// temporary key and leave the id to the database, which on PostgreSQL is a sequence that knows nothing of the chain.
    /// </summary>
    private static void Chain(List<EntityEntry<AuditEntry>> added, long lastId, string? lastHash)
    {
        foreach (var entry in added)
        {
            var e = entry.Entity;
            entry.Property(x => x.Id).CurrentValue = ++lastId;
            entry.Property(x => x.AtUtc).CurrentValue = AuditChain.Stored(e.AtUtc);
            entry.Property(x => x.Hash).CurrentValue = lastHash = AuditChain.Hash(lastHash, e);
        }
    }
}
