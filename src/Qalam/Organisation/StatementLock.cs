using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Qalam.Content;

namespace Qalam.Organisation;

/// <summary>
/// A numbered statement's text is the organisation's official word: once published it cannot change, whichever
/// screen or API tries. Enforced where every save passes, so no editor can forget it; corrections are addenda.
/// </summary>
public sealed class StatementLock : SaveChangesInterceptor
{
    // The kind is locked too: a statement saved once as news would otherwise escape the lock and come back with new text.
    private static readonly string[] LockedPostFields = [nameof(Post.Title), nameof(Post.BodyHtml), nameof(Post.Excerpt), nameof(Post.Language), nameof(Post.Kind)];
    private static readonly string[] LockedStatementFields = [nameof(Statement.SignatureBlock), nameof(Statement.SignedOn), nameof(Statement.Year), nameof(Statement.Number)];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await CheckAsync(context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) CheckAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private static async Task CheckAsync(DbContext context, CancellationToken ct)
    {
        var changed = new HashSet<int>();
        foreach (var e in context.ChangeTracker.Entries<Post>())
        {
            if (e.State != EntityState.Modified || !LockedPostFields.Any(f => e.Property(f).IsModified)) continue;
            // The stored kind counts, not the one being saved; the number in the database then decides.
            var kind = e.Property(p => p.Kind);
            if (kind.OriginalValue == PostKind.Statement || kind.CurrentValue == PostKind.Statement || kind.IsModified) changed.Add(e.Entity.Id);
        }
        foreach (var e in context.ChangeTracker.Entries<Statement>())
        {
            if (e.State == EntityState.Deleted || e.State == EntityState.Modified && LockedStatementFields.Any(f => e.Property(f).IsModified)) changed.Add(e.Entity.PostId);
        }
        if (changed.Count == 0) return;
        // The committed state decides: a statement numbered in the database is locked.
        var locked = await context.Set<Statement>().AsNoTracking().AnyAsync(s => changed.Contains(s.PostId) && s.Number != null, ct);
        if (locked) throw new StatementLockedException();
    }
}

public sealed class StatementLockedException() : InvalidOperationException("A published statement's text is locked; publish an addendum instead.");
