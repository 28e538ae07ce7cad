using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Qalam.Data.Copy;

/// <summary>
/// A table's row count and checksum over the model's values, computed alike on both databases: each row's values
/// normalised (times as UTC in 100 µs steps, the finest SQLite keeps; dates as day numbers; ids of Guids in one form),
/// hashed, and the row hashes added up, so the order rows come back in does not matter.
/// </summary>
public sealed class TableChecksum
{
    private readonly ulong[] _sum = new ulong[4];

    public long Rows { get; private set; }

    public string Value => string.Concat(_sum.Select(part => part.ToString("x16", CultureInfo.InvariantCulture)));

    public void Add(object?[] row)
    {
        Rows++;
        var canonical = JsonSerializer.SerializeToUtf8Bytes(row.Select(Normalise).ToArray());
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(canonical, hash);
        for (var i = 0; i < 4; i++) _sum[i] += BinaryPrimitives.ReadUInt64BigEndian(hash[(i * 8)..]);
    }

    public bool Matches(TableChecksum other) => Rows == other.Rows && Value == other.Value;

    private static object? Normalise(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset t => "t" + (t.UtcTicks / 1000).ToString(CultureInfo.InvariantCulture),
        DateTime t => "t" + (t.Ticks / 1000).ToString(CultureInfo.InvariantCulture),
        DateOnly d => "d" + d.DayNumber.ToString(CultureInfo.InvariantCulture),
        Guid g => g.ToString("N"),
        bool b => b,
        byte[] bytes => Convert.ToBase64String(bytes),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
