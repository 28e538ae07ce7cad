using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qalam.Data;

/// <summary>
/// Per-connection SQLite settings: wait for locks instead of failing at once (several processes may share the file),
/// enforce foreign keys, and map the file into memory for reading (search reads runs of posting blocks; mapped pages
/// are read without a system call and a copy each). WAL mode is set once by <see cref="DatabaseInitializer"/>; it
/// persists in the file.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 1073741824;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
