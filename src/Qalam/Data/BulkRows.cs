using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Qalam.Data;

/// <summary>
/// Rows that a batch only ever adds, written straight to their tables after the batch's save, inside its transaction.
/// An import adds about eight such rows a post (its revision, old addresses, comments, what each came from); tracking
/// each as an entity cost more than the rest of the batch. Columns, names and type mappings (value converters included)
/// come from the model, so a row is stored exactly as EF Core would store it, on any provider; one prepared command a
/// table serves the whole batch. Nothing here is tracked, so nothing here reaches the change feed or the search index:
/// only rows readers never see directly, or whose post the batch saves through the change tracker, belong here.
/// </summary>
public sealed class BulkRows(QalamDb db)
{
    private readonly List<(Type Type, List<object> Rows)> _tables = [];
    private readonly Dictionary<(Type, string), object> _keyed = [];
    private readonly Dictionary<(Type, bool), Insert> _inserts = [];

    public int Count => _tables.Sum(t => t.Rows.Count);

    /// <summary>Adds a row; <paramref name="key"/> names it for <see cref="Find{T}"/> (a redirect's path, say).</summary>
    public void Add<T>(T row, string? key = null) where T : class
    {
        var table = _tables.FindIndex(t => t.Type == typeof(T));
        if (table < 0) _tables.Add((typeof(T), [row]));
        else _tables[table].Rows.Add(row);
        if (key is not null) _keyed[(typeof(T), key)] = row;
    }

    /// <summary>A row added since the last flush under this key, to change before it is written.</summary>
    public T? Find<T>(string key) where T : class => _keyed.TryGetValue((typeof(T), key), out var row) ? (T)row : null;

    /// <summary>Writes the rows, table by table in the order first added, in the context's current transaction.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_tables.Count == 0) return;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written in bulk inside the transaction that saved what they belong to.");
        foreach (var (type, rows) in _tables)
        {
            var withKey = Insert.HasKey(db.Model.FindEntityType(type)!.FindPrimaryKey()!.Properties.Single(), rows[0]);
            if (!_inserts.TryGetValue((type, withKey), out var insert)) _inserts[(type, withKey)] = insert = new Insert(db, type, withKey);
            await using var command = insert.Prepare(transaction);
            foreach (var row in rows)
            {
                insert.Bind(command, row);
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        Clear();
    }

    public void Clear()
    {
        _tables.Clear();
        _keyed.Clear();
    }

    /// <summary>One table's INSERT: its columns with their mappings, the key left out when the database gives it.</summary>
    private sealed class Insert
    {
        private readonly (IProperty Property, RelationalTypeMapping Mapping, string Parameter)[] _columns;
        private readonly string _sql;
        private readonly bool _withKey;
        private readonly IProperty _key;

        public Insert(QalamDb db, Type type, bool withKey)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var sql = db.GetService<ISqlGenerationHelper>();
            _key = entity.FindPrimaryKey()!.Properties.Single();
            _withKey = withKey;
            _columns = [.. entity.GetProperties().Where(p => withKey || p != _key).Select((p, i) =>
                (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), sql.GenerateParameterName($"p{i}")))];
            var names = string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName())));
            var values = string.Join(", ", _columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")));
            _sql = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} ({names}) VALUES ({values})";
        }

        /// <summary>Whether the row brings its own id (reserved ahead), or leaves it to the database.</summary>
        public static bool HasKey(IProperty key, object row) =>
            key.ValueGenerated == ValueGenerated.Never || !Equals(key.PropertyInfo!.GetValue(row), Activator.CreateInstance(key.ClrType));

        public DbCommand Prepare(DbTransaction transaction)
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _sql;
            foreach (var (property, mapping, parameter) in _columns) command.Parameters.Add(mapping.CreateParameter(command, parameter, null, property.IsNullable));
            command.Prepare();
            return command;
        }

        public void Bind(DbCommand command, object row)
        {
            if (HasKey(_key, row) != _withKey) throw new InvalidOperationException("Rows of one table come all with their ids or all without.");
            for (var i = 0; i < _columns.Length; i++)
            {
                var (property, mapping, _) = _columns[i];
                var value = property.PropertyInfo!.GetValue(row);
                if (value is not null && mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
                command.Parameters[i].Value = value ?? DBNull.Value;
            }
        }
    }
}
