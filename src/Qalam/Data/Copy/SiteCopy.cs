using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qalam.Backups;
using Qalam.Search;

namespace Qalam.Data.Copy;

/// <summary>
/// A whole database into an empty one, either way between SQLite and PostgreSQL: the target migrated by its own
/// migrations, every table of the model copied in one transaction, the identity sequences moved past the copied ids,
/// the search index rebuilt, and each table's count and checksum compared with the source's.
/// </summary>
/// <remarks>
/// One transaction for the whole copy, not one per table: a copy that stops (a dropped connection, a full disk, Ctrl-C)
/// leaves the target as migrated and empty, so the same command can simply be run again, where a half-filled target
/// would be refused as not empty. Both databases take a large transaction in their stride (PostgreSQL writes it as it
/// goes; SQLite's rollback journal of a new file stays small). The source is read in one snapshot (a deferred SQLite
/// transaction, which leaves the site's writers alone in WAL mode; a read-only repeatable-read one on PostgreSQL), so
/// the copy is of one moment even while the site serves.
/// </remarks>
public sealed class SiteCopy(DatabaseAddress from, DatabaseAddress to)
{
    public sealed record TableResult(string Table, long Rows, bool Matches, long TargetRows);

    public sealed record Result(IReadOnlyList<TableResult> Tables, int Indexed, int AuditEntries, bool AuditChainHolds);

    /// <summary>Opens both databases, migrates the target and refuses one that holds rows; nothing is written before this.</summary>
    public async Task<(QalamDb Source, QalamDb Target)> PrepareAsync(CancellationToken ct)
    {
        if (from.SameAs(to)) throw DatabaseAddress.Refused("CopySameDatabase", from.Shown);
        if (from.File is { } file && !File.Exists(file)) throw DatabaseAddress.Refused("CopyNoSourceFile", file);
        if (to.File is { } newFile && Path.GetDirectoryName(newFile) is { } folder && !Directory.Exists(folder))
        {
            throw DatabaseAddress.Refused("CopyNoTargetFolder", folder);
        }
        var source = from.Open();
        var target = to.Open();
        if ((await Reachable(from, () => source.Database.GetPendingMigrationsAsync(ct))).Any())
        {
            throw DatabaseAddress.Refused("CopySourceNotMigrated", from.Shown);
        }
        await Reachable(to, () => DatabaseInitializer.MigrateAsync(target, ct));
        foreach (var table in CopyPlan.Tables(target))
        {
            // "Empty" is as the migrations left it: no table holds more than the rows they add.
            var rows = await CountAsync(target, null, table.Name, ct);
            if (rows > table.Seeded) throw new Hosting.StartupFailureException(CopyExitCodes.TargetNotEmpty, Cli.CliStrings.Get("CopyTargetNotEmpty", to.Shown, table.Name, rows));
        }
        return (source, target);
    }

    public async Task<Result> CopyAsync(QalamDb source, QalamDb target, IProgress<BackupProgress> progress, CancellationToken ct)
    {
        var plan = CopyPlan.Tables(source);
        var copies = plan.Select(t => new TableCopy(t, source, target)).ToList();
        var sums = new Dictionary<string, TableChecksum>();
        await source.Database.OpenConnectionAsync(ct);
        await target.Database.OpenConnectionAsync(ct);
        await using (var read = await SnapshotAsync(source, ct))
        await using (var write = await target.Database.GetDbConnection().BeginTransactionAsync(ct))
        {
            long total = 0;
            foreach (var table in plan) total += await CountAsync(source, read, table.Name, ct);
            long done = 0;
            foreach (var (table, copy) in plan.Zip(copies))
            {
                if (table.Seeded > 0) await ExecuteAsync(write, $"DELETE FROM \"{table.Name}\"", ct);
                progress.Report(new BackupProgress((int)done, (int)total, table.Name));
                sums[table.Name] = await copy.CopyAsync(read, write, n => progress.Report(new BackupProgress((int)(done += n), (int)total, table.Name)), ct);
            }
            foreach (var copy in copies) await copy.FillDeferredAsync(write, ct);
            if (target.Database.IsNpgsql()) await MoveSequencesAsync(target, write, plan, ct);
            await write.CommitAsync(ct);
        }
        await source.Database.CloseConnectionAsync();
        if (target.Database.IsSqlite()) await target.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        var indexer = new SearchIndexer(target.Database.IsNpgsql() ? new PostgresSearchStore() : new SqliteSearchStore());
        var indexed = await indexer.RebuildAsync(target, (d, t) => progress.Report(new BackupProgress(d, t, "search index")), ct);
        var results = new List<TableResult>();
        foreach (var (table, copy) in plan.Zip(copies))
        {
            var copied = await copy.ChecksumAsync(target, ct);
            results.Add(new TableResult(table.Name, sums[table.Name].Rows, copied.Matches(sums[table.Name]), copied.Rows));
        }
        var (entries, broken) = await Accounts.AuditChain.VerifyAsync(target, ct);
        await target.Database.CloseConnectionAsync();
        return new Result(results, indexed, entries, broken is null);
    }

    private static async Task<DbTransaction> SnapshotAsync(QalamDb db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite) return sqlite.BeginTransaction(deferred: true);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var readOnly = connection.CreateCommand();
        readOnly.Transaction = transaction;
        readOnly.CommandText = "SET TRANSACTION READ ONLY";
        await readOnly.ExecuteNonQueryAsync(ct);
        return transaction;
    }

    // An identity column hands out the next value after the last it gave, not after the largest id in the table:
    // without this, the first post written on the copy would be given id 1 and fail.
    private static async Task MoveSequencesAsync(QalamDb db, DbTransaction write, IReadOnlyList<CopyPlan.Table> plan, CancellationToken ct)
    {
        foreach (var table in plan.Where(t => t.Key.Count == 1 && t.Key[0].ProviderClrType is var type && (type == typeof(int) || type == typeof(long))))
        {
            var (name, key) = ($"\"{table.Name}\"", $"\"{table.Key[0].Name}\"");
            await ExecuteAsync(write, $"SELECT setval(pg_get_serial_sequence('{name}', '{table.Key[0].Name}'), COALESCE(MAX({key}), 0) + 1, false) FROM {name}", ct);
        }
    }

    private static async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> CountAsync(QalamDb db, DbTransaction? transaction, string table, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A database that cannot be opened (no server there, a wrong password, no such database) is one line.</summary>
    private static async Task<T> Reachable<T>(DatabaseAddress address, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (DatabaseError(e) is { } error)
        {
            throw new Hosting.StartupFailureException(CopyExitCodes.CouldNotRun,
                Cli.CliStrings.Get("CopyUnreachable", address.Shown, error.Message.ReplaceLineEndings(" ")), e);
        }
    }

    // EF Core wraps a failed connection ("likely due to a transient failure"); the driver's own words say what failed.
    private static Exception? DatabaseError(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.NpgsqlException or SqliteException) return e;
        }
        return null;
    }
}
