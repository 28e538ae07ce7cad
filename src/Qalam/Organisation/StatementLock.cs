using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Qalam.Content;

namespace Qalam.Organisation;

/// <summary>
/// A numbered statement's text is the organisation's official word: once published it cannot change, whichever
/// screen or API tries. Enforced where every save passes, so no editor can forget it. The one exception is a
/// correction (<see cref="StatementWriter.CorrectAsync"/>): its body may change only inside the writer's correction
/// scope, and only when the same save keeps the text it replaces as a new <see cref="StatementVersion"/>.
/// </summary>
public sealed class StatementLock : SaveChangesInterceptor
{
    // The kind is locked too: a statement saved once as news would otherwise escape the lock and come back with new text.
    private static readonly string[] LockedPostFields = [nameof(Post.Title), nameof(Post.BodyHtml), nameof(Post.Excerpt), nameof(Post.Language), nameof(Post.Kind)];
    private static readonly string[] LockedStatementFields = [nameof(Statement.SignatureBlock), nameof(Statement.SignedOn), nameof(Statement.Year), nameof(Statement.Number)];

    // Per context, not global: the writer opens the scope on its own unit of work, and it closes when the save is done.
    private static readonly ConditionalWeakTable<DbContext, StrongBox<int>> Corrections = new();

    /// <summary>Lets the next saves of <paramref name="db"/> replace the body of statement <paramref name="postId"/>, until disposed.</summary>
    internal static IDisposable Correcting(DbContext db, int postId)
    {
        Corrections.AddOrUpdate(db, new StrongBox<int>(postId));
        return new Scope(db);
    }

    private sealed class Scope(DbContext db) : IDisposable
    {
        public void Dispose() => Corrections.Remove(db);
    }

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
        // Kept texts are the record of what was published: never rewritten, never removed.
        if (context.ChangeTracker.Entries<StatementVersion>().Any(e => e.State is EntityState.Modified or EntityState.Deleted)) throw new StatementLockedException();
        var changed = new HashSet<int>();
        foreach (var e in context.ChangeTracker.Entries<Post>())
        {
            if (e.State != EntityState.Modified || !LockedPostFields.Any(f => e.Property(f).IsModified)) continue;
            if (IsCorrection(context, e)) continue;
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

    /// <summary>
    /// The correction path, and nothing like it: the scope is open for this statement, only its body changes (title,
    /// kind, language and excerpt stay), and the replaced body is being kept as a new version in the same save.
    /// </summary>
    private static bool IsCorrection(DbContext context, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Post> e)
    {
        if (!Corrections.TryGetValue(context, out var open) || open.Value != e.Entity.Id) return false;
        if (LockedPostFields.Any(f => f != nameof(Post.BodyHtml) && e.Property(f).IsModified)) return false;
        var replaced = e.Property(p => p.BodyHtml).OriginalValue;
        return context.ChangeTracker.Entries<StatementVersion>()
            .Any(v => v.State == EntityState.Added && v.Entity.StatementPostId == e.Entity.Id && v.Entity.BodyHtml == replaced);
    }
}

public sealed class StatementLockedException() : InvalidOperationException("A published statement's text is locked; publish a correction or an addendum instead.");
