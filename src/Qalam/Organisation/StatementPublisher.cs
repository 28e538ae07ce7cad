using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// Publishes a statement the safe way: inside a write transaction taken before the counter is read (SQLite's
/// BEGIN IMMEDIATE; on PostgreSQL the counter's row lock, see <see cref="RowLocks"/>), so simultaneous publications
/// queue instead of racing; and if one still collides with the
/// unique index (another writer that did not take the lock), it is rolled back whole and tried again from a clean state.
/// </summary>
public sealed class StatementPublisher(QalamDb db, Publishing publishing)
{
    private const int Attempts = 10;

    /// <summary>Publishes the statement post <paramref name="postId"/>, giving it the year's next number.</summary>
    public async Task<Statement> PublishAsync(int postId, CancellationToken ct = default) =>
        (await SaveAndPublishAsync(_ => Task.FromResult<int?>(postId), ct))!;

    /// <summary>
    /// Runs <paramref name="save"/> (the editor's last changes, which return the post's id, or null when it is gone)
    /// and publishes in the same transaction: a statement is never left saved but unnumbered by a crash between the two.
    /// On a retry, <paramref name="save"/> runs again on a clean change tracker, so it must build its changes afresh.
    /// </summary>
    public async Task<Statement?> SaveAndPublishAsync(Func<CancellationToken, Task<int?>> save, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                if (await save(ct) is not { } postId) return null;
                var post = await db.Posts.FirstAsync(p => p.Id == postId && p.Kind == PostKind.Statement, ct);
                var statement = await db.Statements.FirstOrDefaultAsync(s => s.PostId == postId, ct)
                    ?? db.Statements.Add(new Statement { PostId = postId, Post = post }).Entity;
                await publishing.PublishAsync(post, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return statement;
            }
            catch (Exception e) when (attempt < Attempts && DatabaseErrors.IsConflict(e))
            {
                await tx.RollbackAsync(ct);
            }
        }
    }
}
