using Microsoft.Data.Sqlite;

namespace Qalam.IntegrationTests.Faults;

/// <summary>
/// Another program holding the database's write lock (a long maintenance job, a bulk update run by hand). In WAL mode
/// readers go on past it; every writer waits the busy timeout and then fails.
/// </summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly SqliteConnection _connection;

    public DatabaseLock(string dataDirectory)
    {
        _connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "qalam.db")};Pooling=false;Default Timeout=15");
        _connection.Open();
        foreach (var sql in new[] { "PRAGMA busy_timeout = 15000", "BEGIN IMMEDIATE", "UPDATE Settings SET Name = Name" }) Run(sql);
    }

    public void Dispose()
    {
        Run("ROLLBACK");
        _connection.Dispose();
    }

    private void Run(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
