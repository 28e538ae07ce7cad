using Microsoft.EntityFrameworkCore;

namespace Qalam.Data;

/// <summary>
/// Ids given to new rows before they are saved, so one save can write rows that name each other by id: an import
/// batch's posts with their status, audit lines, redirects and comments, where otherwise each needed a save of its own
/// to learn the ids the one before made. Good only inside the transaction that holds the write lock (an import batch's:
/// SQLite takes the lock at BEGIN; on PostgreSQL they come from the table's sequence), and forgotten when it ends.
/// </summary>
public sealed class KeyReservation(QalamDb db)
{
    private readonly Dictionary<Type, int> _next = [];

    /// <summary>The next free id of <typeparamref name="T"/>'s table, never one a deleted row had.</summary>
    public async Task<int> NextAsync<T>(CancellationToken ct) where T : class
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Ids are reserved inside the transaction that will use them.");
        if (!_next.TryGetValue(typeof(T), out var next))
        {
            var table = db.Model.FindEntityType(typeof(T))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
            if (db.Database.IsNpgsql())
            {
                // The identity's own sequence: an id drawn from it is never given to another writer, nor to a later row.
                var draw = $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id'))::int AS \"Value\"";
                return await db.Database.SqlQueryRaw<int>(draw).SingleAsync(ct);
            }
            // AUTOINCREMENT never hands out an id a deleted row had: its counter can be above the largest id left.
            var sql = $"SELECT max(coalesce((SELECT max(\"Id\") FROM \"{table}\"), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0)) AS \"Value\"";
            next = await db.Database.SqlQueryRaw<int>(sql).SingleAsync(ct) + 1;
        }
        _next[typeof(T)] = next + 1;
        return next;
    }

    public void Forget() => _next.Clear();
}
