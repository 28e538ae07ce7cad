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

    // Qalam's own advisory lock key for the audit chain's head ("QAudit" in ASCII).
    private const long AuditChainKey = 0x514175646974;

    /// <summary>
    /// Holds the audit chain's head until the transaction ends, so two writers never chain onto the same last entry
    /// (they would take the same id, and one save would fail). SQLite's write lock from BEGIN already does it.
    /// </summary>
    public static async Task AuditChainAsync(QalamDb db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditChainKey})", ct);
    }

    public static void AuditChain(QalamDb db)
    {
        if (db.Database.IsNpgsql()) db.Database.ExecuteSql($"SELECT pg_advisory_xact_lock({AuditChainKey})");
    }
}
