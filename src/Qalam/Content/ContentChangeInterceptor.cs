using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// Collects what each save changes (<see cref="ContentChangeCapture"/>) and hands it to the <see cref="ContentFeed"/>
/// once it is committed: at once for a save that commits on its own, at the commit for a save inside a writer's
/// transaction; a rollback or a failed save drops it. Registered after the search index's interceptor, so a save the
/// index wrapped in its own transaction is already committed when this one sees it finish.
/// </summary>
public sealed class ContentChangeInterceptor(ContentFeed feed, TimeProvider clock) : SaveChangesInterceptor
{
    private sealed class State
    {
        public ContentChangeCapture? Saving;
        public ContentChangeCapture Committing = new();
    }

    private readonly ConditionalWeakTable<DbContext, State> _states = new();

    /// <summary>The commit and rollback half, registered beside this one.</summary>
    public DbTransactionInterceptor Transactions => _transactions ??= new TransactionEvents(this);

    private DbTransactionInterceptor? _transactions;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context, saving: true);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Drop(eventData.Context, saving: true);

    /// <summary>
    /// What a writer wrote around the change tracker (an import's posts, written in bulk) and so no save can see: it is
    /// announced with what the saves of the same transaction changed, when that transaction commits.
    /// </summary>
    public void Include(QalamDb db, ContentChange change)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Changes written in bulk are announced with the transaction that wrote them.");
        _states.GetOrCreateValue(db).Committing.Include(change);
    }

    private void Capture(DbContext? context)
    {
        if (context is not QalamDb db) return;
        if (db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        var capture = new ContentChangeCapture();
        capture.Read(db, clock.GetUtcNow());
        _states.GetOrCreateValue(db).Saving = capture.IsEmpty ? null : capture;
    }

    private async Task SavedAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !_states.TryGetValue(context, out var state)) return;
        if (state.Saving is { } saving)
        {
            state.Committing.Merge(saving.Resolve());
            state.Saving = null;
        }
        // Without a transaction of the caller's, the save has committed by now.
        if (context.Database.CurrentTransaction is null) await AnnounceAsync(state, ct);
    }

    private async Task AnnounceAsync(State state, CancellationToken ct)
    {
        var committed = state.Committing;
        state.Committing = new();
        if (!committed.IsEmpty) await feed.AnnounceAsync(committed.ToChange(), ct);
    }

    /// <summary>Forgets what an earlier transaction left uncommitted, but not the save under way.</summary>
    private void Forget(DbContext? context)
    {
        if (context is not null && _states.TryGetValue(context, out var state)) state.Committing = new();
    }

    private void Drop(DbContext? context, bool saving)
    {
        if (context is null || !_states.TryGetValue(context, out var state)) return;
        state.Saving = null;
        if (!saving) state.Committing = new();
    }

    private sealed class TransactionEvents(ContentChangeInterceptor owner) : DbTransactionInterceptor
    {
        public override async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context && owner._states.TryGetValue(context, out var state)) await owner.AnnounceAsync(state, cancellationToken);
        }

        public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
        {
            if (eventData.Context is { } context && owner._states.TryGetValue(context, out var state)) owner.AnnounceAsync(state, CancellationToken.None).GetAwaiter().GetResult();
        }

        public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Drop(eventData.Context, saving: false);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => owner.Drop(eventData.Context, saving: false);

        // A transaction that ended without a commit (disposed) leaves nothing behind for the next one to announce.
        // The transaction EF opens itself inside a SaveChanges (several commands) keeps what that save is capturing.
        public override System.Data.Common.DbTransaction TransactionStarted(System.Data.Common.DbConnection connection, TransactionEndEventData eventData, System.Data.Common.DbTransaction result)
        {
            owner.Forget(eventData.Context);
            return result;
        }

        public override ValueTask<System.Data.Common.DbTransaction> TransactionStartedAsync(System.Data.Common.DbConnection connection, TransactionEndEventData eventData, System.Data.Common.DbTransaction result, CancellationToken cancellationToken = default)
        {
            owner.Forget(eventData.Context);
            return ValueTask.FromResult(result);
        }
    }
}
