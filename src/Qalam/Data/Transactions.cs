namespace Qalam.Data;

/// <summary>
/// The one way a writer wraps its steps: in its own transaction, or inside the caller's when there is one (an import
/// batch, a bulk action), so the change feed announces everything once, after the outermost commit.
/// </summary>
public static class Transactions
{
    public static async Task<T> InTransactionAsync<T>(this QalamDb db, Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return await work();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await tx.CommitAsync(ct);
        return result;
    }

    public static Task InTransactionAsync(this QalamDb db, Func<Task> work, CancellationToken ct) =>
        db.InTransactionAsync(async () => { await work(); return true; }, ct);
}
