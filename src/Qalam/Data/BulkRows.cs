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
/// table serves the whole batch. Nothing here is tracked, so nothing here reaches the change feed or the search index
/// by itself: whoever writes a row readers see here tells them (an import's new posts, <c>WxrImporter.Posts</c>).
/// </summary>
public sealed class BulkRows(QalamDb db)
{
    private readonly List<(IEntityType Entity, List<object> Rows)> _tables = [];
    private readonly Dictionary<(Type, string), object> _keyed = [];
    private readonly Dictionary<(IEntityType, bool), Insert> _inserts = [];

    public int Count => _tables.Sum(t => t.Rows.Count);

    /// <summary>Adds a row; <paramref name="key"/> names it for <see cref="Find{T}"/> (a redirect's path, say).</summary>
    public void Add<T>(T row, string? key = null) where T : class
    {
        Table(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.")).Add(row);
        if (key is not null) _keyed[(typeof(T), key)] = row;
    }

    /// <summary>
    /// Adds a row of a many-to-many join table (<paramref name="joinTable"/>, PostTags say) linking two entities. Their
    /// ids are read when the row is written, so a tag added in the same batch, whose id its save gives, can be linked.
    /// </summary>
    public void AddLink(string joinTable, object one, object other) =>
        Table(db.Model.FindEntityType(joinTable) ?? throw new InvalidOperationException($"{joinTable} is not in the model.")).Add(new Link(one, other));

    private List<object> Table(IEntityType entity)
    {
        var table = _tables.FindIndex(t => t.Entity == entity);
        if (table >= 0) return _tables[table].Rows;
        _tables.Add((entity, []));
        return _tables[^1].Rows;
    }

    /// <summary>A join row: each of its columns is the key of whichever of the two entities its foreign key points to.</summary>
    private sealed record Link(object One, object Other);

    /// <summary>A row added since the last flush under this key, to change before it is written.</summary>
    public T? Find<T>(string key) where T : class => _keyed.TryGetValue((typeof(T), key), out var row) ? (T)row : null;

    /// <summary>Writes the rows, table by table in the order first added, in the context's current transaction.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_tables.Count == 0) return;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written in bulk inside the transaction that saved what they belong to.");
        foreach (var (entity, rows) in InDependencyOrder())
        {
            if (rows.Count == 0) continue;
            var withKey = Insert.HasKey(entity, rows[0]);
            if (!_inserts.TryGetValue((entity, withKey), out var insert)) _inserts[(entity, withKey)] = insert = new Insert(db, entity, withKey);
            await using var command = insert.Prepare(transaction);
            foreach (var row in rows)
            {
                insert.Bind(command, row);
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        Clear();
    }

    /// <summary>The tables in the order their foreign keys need (posts before their revisions and links), else as first added.</summary>
    private List<(IEntityType Entity, List<object> Rows)> InDependencyOrder()
    {
        var left = _tables.ToList();
        var ordered = new List<(IEntityType, List<object>)>(left.Count);
        while (left.Count > 0)
        {
            var next = left.FindIndex(t => t.Entity.GetForeignKeys().All(k => k.PrincipalEntityType == t.Entity || !left.Any(o => o.Entity == k.PrincipalEntityType)));
            if (next < 0) throw new InvalidOperationException("The bulk rows' tables refer to each other in a cycle.");
            ordered.Add(left[next]);
            left.RemoveAt(next);
        }
        return ordered;
    }

    public void Clear()
    {
        _tables.Clear();
        _keyed.Clear();
    }

    /// <summary>One table's INSERT: its columns with their mappings, the key left out when the database gives it.</summary>
    private sealed class Insert
    {
        private readonly (IProperty Property, RelationalTypeMapping Mapping, string Parameter, Func<object, object?> Read)[] _columns;
        private readonly string _sql;
        private readonly bool _withKey;
        private readonly IEntityType _entity;

        public Insert(QalamDb db, IEntityType entity, bool withKey)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            _entity = entity;
            _withKey = withKey;
            var key = entity.FindPrimaryKey()!.Properties;
            _columns = [.. entity.GetProperties().Where(p => withKey || !key.Contains(p)).Select((p, i) =>
                (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), sql.GenerateParameterName($"p{i}"), Reader(entity, p)))];
            var names = string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName())));
            var values = string.Join(", ", _columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")));
            _sql = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} ({names}) VALUES ({values})";
        }

        /// <summary>Whether the row brings its own id (reserved ahead), or leaves it to the database. A join row's key is its two ids.</summary>
        public static bool HasKey(IEntityType entity, object row)
        {
            if (row is Link) return true;
            var key = entity.FindPrimaryKey()!.Properties.Single();
            return key.ValueGenerated == ValueGenerated.Never || !Equals(key.PropertyInfo!.GetValue(row), Activator.CreateInstance(key.ClrType));
        }

        /// <summary>How a column's value is read: a property of the row, or for a join row the key of the entity its foreign key names.</summary>
        private static Func<object, object?> Reader(IEntityType entity, IProperty property)
        {
            if (property.PropertyInfo is { } info && !property.IsIndexerProperty()) return info.GetValue;
            var foreignKey = entity.GetForeignKeys().Single(k => k.Properties.Contains(property));
            var principal = foreignKey.PrincipalKey.Properties.Single().PropertyInfo!;
            var type = foreignKey.PrincipalEntityType.ClrType;
            return row =>
            {
                var (one, other) = (Link)row;
                return principal.GetValue(type.IsInstanceOfType(one) ? one : other);
            };
        }

        public DbCommand Prepare(DbTransaction transaction)
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _sql;
            foreach (var (property, mapping, parameter, _) in _columns) command.Parameters.Add(mapping.CreateParameter(command, parameter, null, property.IsNullable));
            command.Prepare();
            return command;
        }

        public void Bind(DbCommand command, object row)
        {
            if (HasKey(_entity, row) != _withKey) throw new InvalidOperationException("Rows of one table come all with their ids or all without.");
            for (var i = 0; i < _columns.Length; i++)
            {
                var (property, mapping, _, read) = _columns[i];
                var value = read(row);
                if (value is not null && mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
                command.Parameters[i].Value = value ?? DBNull.Value;
            }
        }
    }
}
