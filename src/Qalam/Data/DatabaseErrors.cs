using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Qalam.Data;

/// <summary>What a database failure means for the person who caused it, whatever the provider.</summary>
public static class DatabaseErrors
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] Unavailable = [5, 6, 10, 13, 14];
    private const int SqliteFull = 13;
    private const int SqliteConstraint = 19;
    // ENOSPC on Linux and macOS; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] NoSpace = [28, 112, 39];
    // PostgreSQL: disk full, admin or crash shutdown, starting up, too many connections, and class 08 (connection).
    private const string PostgresDiskFull = "53100";
    private static readonly string[] PostgresUnavailable = [PostgresDiskFull, "57P01", "57P02", "57P03", "53300"];
    // Unique violation, serialization failure, deadlock.
    private static readonly string[] PostgresConflict = ["23505", "40001", "40P01"];

    /// <summary>
    /// The database itself cannot go on (busy or locked past the timeout, disk full, I/O error, unopenable): retrying
    /// item by item would fail the same way, so the work stops with a message instead of blaming one item.
    /// </summary>
    public static bool IsEnvironmental(Exception e) => Any(e, x => IsDatabaseDown(x) || x is IOException);

    /// <summary>
    /// The request failed because the database or its disk cannot serve it now, not because of what was asked: the
    /// site answers 503 and the same request may succeed later. Narrower than <see cref="IsEnvironmental"/>: an
    /// IOException of any other kind (a client gone, a missing file) stays an ordinary error.
    /// </summary>
    public static bool IsUnavailable(Exception e) => Any(e, IsDatabaseDown) || IsStorageFull(e);

    /// <summary>The disk is full: the database (SQLITE_FULL, 53100) or a file being written (an upload) found no space.</summary>
    public static bool IsStorageFull(Exception e) =>
        Any(e, x => x is SqliteException { SqliteErrorCode: SqliteFull } || x is PostgresException { SqlState: PostgresDiskFull }
            || x is IOException && NoSpace.Contains(x.HResult & 0xFFFF));

    /// <summary>
    /// Another writer got there first (a row changed since it was read, a unique key taken, a lock given up to break a
    /// deadlock, or SQLite's write lock busy): the whole unit of work may be tried again from a clean state.
    /// </summary>
    public static bool IsConflict(Exception e) => e is DbUpdateConcurrencyException || Any(e, x =>
        x is SqliteException { SqliteErrorCode: SqliteConstraint or 5 } || x is PostgresException p && PostgresConflict.Contains(p.SqlState));

    /// <summary>The innermost message: the one that names the constraint or the bad value.</summary>
    public static string Reason(Exception e)
    {
        var x = e;
        while (x.InnerException is not null) x = x.InnerException;
        return x.Message.ReplaceLineEndings(" ");
    }

    private static bool IsDatabaseDown(Exception x) => x switch
    {
        SqliteException s => Unavailable.Contains(s.SqliteErrorCode),
        PostgresException p => PostgresUnavailable.Contains(p.SqlState) || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        // No server to give a state: refused, reset, timed out while connecting or reading.
        NpgsqlException n => n.IsTransient || n.InnerException is System.Net.Sockets.SocketException or TimeoutException,
        _ => false,
    };

    private static bool Any(Exception e, Func<Exception, bool> test)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (test(x)) return true;
        }
        return false;
    }
}
