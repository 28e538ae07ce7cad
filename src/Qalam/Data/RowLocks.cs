using Microsoft.EntityFrameworkCore;
using Qalam.Organisation;

namespace Qalam.Data;

/// <summary>Rows a writer must hold until its commit, so writers that race queue on them instead of reading the same value.</summary>
public static class RowLocks
{
    /// <summary>
    /// The year's statement counter, locked for the transaction. SQLite needs no row lock: the transaction already holds
    /// the database's write lock from its BEGIN. PostgreSQL lets two transactions read the same number, so the row is
    /// read FOR UPDATE and a second publication waits for the first to commit, then reads its number.
    /// </summary>
    public static async Task<StatementCounter?> StatementCounterAsync(QalamDb db, int year, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return await db.StatementCounters.FirstOrDefaultAsync(c => c.Year == year, ct);
        // Not composed with FirstOrDefault: the locking clause stays the statement's own.
        var rows = await db.StatementCounters.FromSql($"SELECT * FROM \"StatementCounters\" WHERE \"Year\" = {year} FOR UPDATE").ToListAsync(ct);
        return rows.FirstOrDefault();
    }
}
