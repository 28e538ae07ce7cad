using Microsoft.Data.Sqlite;

namespace Qalam.Data;

/// <summary>What a database failure means for the person who caused it, whatever the provider.</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// The database itself cannot go on (busy or locked past the timeout, disk full, I/O error, unopenable): retrying
    /// item by item would fail the same way, so the work stops with a message instead of blaming one item.
    /// </summary>
    public static bool IsEnvironmental(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is SqliteException { SqliteErrorCode: 5 or 6 or 10 or 13 or 14 } or IOException) return true;
        }
        return false;
    }

    /// <summary>The innermost message: the one that names the constraint or the bad value.</summary>
    public static string Reason(Exception e)
    {
        var x = e;
        while (x.InnerException is not null) x = x.InnerException;
        return x.Message.ReplaceLineEndings(" ");
    }
}
