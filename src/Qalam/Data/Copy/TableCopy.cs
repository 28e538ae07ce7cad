using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Qalam.Data.Copy;

/// <summary>
/// One table from the source to the target: the source's rows streamed (never a whole table in memory), written in
/// multi-row INSERTs on the target's transaction, and counted into a checksum as they pass.
/// </summary>
internal sealed class TableCopy(CopyPlan.Table table, QalamDb source, QalamDb target)
{
    // Parameters in one INSERT: well under both databases' limits (SQLite 32,766, PostgreSQL 65,535), and enough rows
    // a statement that a round trip to the server is not paid for each.
    private const int ParametersPerInsert = 2000;

    private readonly ColumnValues[] _from = [.. table.Columns.Select(c => new ColumnValues(Column(source, table.Name, c.Name)))];
    private readonly ColumnValues[] _to = [.. table.Columns.Select(c => new ColumnValues(Column(target, table.Name, c.Name)))];

    /// <summary>Rows whose deferred keys are filled in after every table is in: the key's values, then the deferred columns'.</summary>
    public List<object?[]> Pending { get; } = [];

    public async Task<TableChecksum> CopyAsync(DbTransaction from, DbTransaction to, Action<int> copied, CancellationToken ct)
    {
        var checksum = new TableChecksum();
        var perInsert = Math.Max(1, ParametersPerInsert / _to.Length);
        var deferred = table.Deferred.Select(c => Index(c.Name)).ToArray();
        var key = table.Key.Select(c => Index(c.Name)).ToArray();
        var rows = new List<object?[]>(perInsert);
        DbCommand? full = null;
        await using var read = Command(from, Select(source, table.Name, _from));
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var row = new object?[_from.Length];
                for (var i = 0; i < row.Length; i++) row[i] = _from[i].Get(reader, i);
                checksum.Add(row);
                if (deferred.Any(i => row[i] is not null)) Pending.Add([.. key.Select(i => row[i]), .. deferred.Select(i => row[i])]);
                rows.Add(row);
                if (rows.Count < perInsert) continue;
                full ??= Insert(to, perInsert);
                await WriteAsync(full, rows, deferred, ct);
                copied(rows.Count);
                rows.Clear();
            }
        }
        if (full is not null) await full.DisposeAsync();
        if (rows.Count > 0)
        {
            await using var last = Insert(to, rows.Count);
            await WriteAsync(last, rows, deferred, ct);
            copied(rows.Count);
        }
        return checksum;
    }

    /// <summary>Fills in the deferred keys of the rows that have them, once every row they name is in.</summary>
    public async Task FillDeferredAsync(DbTransaction to, CancellationToken ct)
    {
        if (Pending.Count == 0) return;
        var sql = target.GetService<ISqlGenerationHelper>();
        var columns = table.Key.Concat(table.Deferred).Select(c => _to[Index(c.Name)]).ToArray();
        var set = string.Join(", ", table.Deferred.Select((c, i) => $"{sql.DelimitIdentifier(c.Name)} = {sql.GenerateParameterNamePlaceholder($"p{table.Key.Count + i}")}"));
        var where = string.Join(" AND ", table.Key.Select((c, i) => $"{sql.DelimitIdentifier(c.Name)} = {sql.GenerateParameterNamePlaceholder($"p{i}")}"));
        await using var update = Command(to, $"UPDATE {sql.DelimitIdentifier(table.Name)} SET {set} WHERE {where}");
        for (var i = 0; i < columns.Length; i++) update.Parameters.Add(columns[i].Parameter(update, sql.GenerateParameterName($"p{i}")));
        await update.PrepareAsync(ct);
        foreach (var row in Pending)
        {
            for (var i = 0; i < columns.Length; i++) update.Parameters[i].Value = columns[i].ToStored(row[i]);
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The target's count and checksum of this table, read back after the copy committed.</summary>
    public async Task<TableChecksum> ChecksumAsync(QalamDb db, CancellationToken ct)
    {
        var checksum = new TableChecksum();
        await using var read = Command(null, Select(db, table.Name, _to), db);
        await using var reader = await read.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = new object?[_to.Length];
            for (var i = 0; i < row.Length; i++) row[i] = _to[i].Get(reader, i);
            checksum.Add(row);
        }
        return checksum;
    }

    private async Task WriteAsync(DbCommand insert, List<object?[]> rows, int[] deferred, CancellationToken ct)
    {
        var p = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) insert.Parameters[p++].Value = deferred.Contains(i) ? DBNull.Value : _to[i].ToStored(row[i]);
        }
        await insert.ExecuteNonQueryAsync(ct);
    }

    private DbCommand Insert(DbTransaction to, int rows)
    {
        var sql = target.GetService<ISqlGenerationHelper>();
        var names = string.Join(", ", _to.Select(c => sql.DelimitIdentifier(c.Column.Name)));
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(r =>
            "(" + string.Join(", ", _to.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{r * _to.Length + i}"))) + ")"));
        var command = Command(to, $"INSERT INTO {sql.DelimitIdentifier(table.Name)} ({names}) VALUES {values}");
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < _to.Length; i++) command.Parameters.Add(_to[i].Parameter(command, sql.GenerateParameterName($"p{r * _to.Length + i}")));
        }
        command.Prepare();
        return command;
    }

    private int Index(string column) => Array.FindIndex(_to, c => c.Column.Name == column);

    private static string Select(QalamDb db, string tableName, ColumnValues[] columns)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        return $"SELECT {string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column.Name)))} FROM {sql.DelimitIdentifier(tableName)}";
    }

    private static DbCommand Command(DbTransaction? transaction, string sql, QalamDb? db = null)
    {
        var command = (transaction?.Connection ?? db!.Database.GetDbConnection()).CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IColumn Column(QalamDb db, string tableName, string column) =>
        db.Model.GetRelationalModel().FindTable(tableName, null)?.FindColumn(column)
        ?? throw new InvalidOperationException($"{tableName}.{column} is not in the {db.GetType().Name} model.");
}
