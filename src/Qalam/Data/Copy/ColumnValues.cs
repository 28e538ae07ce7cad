using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Qalam.Data.Copy;

/// <summary>
/// A column's values through one database's mapping: read as that database stores them (SQLite's ticks, PostgreSQL's
/// timestamptz), turned into the model's value (a DateTimeOffset, an enum), and back into the other database's form.
/// Going through the model's value is what makes a copy between the two exact, whatever each stores.
/// </summary>
public sealed class ColumnValues
{
    private static readonly MethodInfo ReadTyped = typeof(ColumnValues).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly Func<DbDataReader, int, object> _read;

    public ColumnValues(IColumn column)
    {
        Column = column;
        Mapping = (RelationalTypeMapping)column.PropertyMappings[0].TypeMapping;
        var stored = Mapping.Converter?.ProviderClrType ?? Mapping.ClrType;
        _read = ReadTyped.MakeGenericMethod(Nullable.GetUnderlyingType(stored) ?? stored).CreateDelegate<Func<DbDataReader, int, object>>();
    }

    public IColumn Column { get; }

    public RelationalTypeMapping Mapping { get; }

    /// <summary>The model's value of the reader's field, or null.</summary>
    public object? Get(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) return null;
        var stored = _read(reader, ordinal);
        return Mapping.Converter is { } converter ? converter.ConvertFromProvider(stored) : stored;
    }

    /// <summary>The value as this database stores it, for a parameter.</summary>
    public object ToStored(object? value) =>
        value is null ? DBNull.Value : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value : value;

    public DbParameter Parameter(DbCommand command, string name) => Mapping.CreateParameter(command, name, null, Column.IsNullable);

    private static object Read<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;
}
