using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qalam.Data;

/// <summary>
/// Per-connection SQLite settings: wait for locks instead of failing at once (several processes may share the file),
/// enforce foreign keys, and map the file into memory for reading (search reads runs of posting blocks; mapped pages
/// are read without a system call and a copy each). WAL mode is set once by <see cref="DatabaseInitializer"/>; it
/// persists in the file.
/// synchronous=FULL syncs the WAL at every commit: with NORMAL, a power cut could lose the last commits after the
/// site had answered "saved". A process crash loses nothing either way; the cost is one fsync per commit
/// (bench/RESULTS.md).
/// temp_store=MEMORY keeps the statement journals a write inside a transaction needs in memory: in temporary files they
/// were a third of an import's system calls.
/// </summary>
internal sealed class SqlitePragmas(int busyTimeoutSeconds = 10) : DbConnectionInterceptor
{
    private readonly string _sql = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {busyTimeoutSeconds * 1000}; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = _sql;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = _sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
