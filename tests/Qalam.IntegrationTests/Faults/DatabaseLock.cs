using Microsoft.Data.Sqlite;

namespace Qalam.IntegrationTests.Faults;

/// <summary>
/// Another program holding the database file locked (a backup tool, a long maintenance job): in exclusive locking mode
/// a WAL database stops serving every other connection, readers included, until this one lets go. It can only take
/// that lock while no other connection has the file open, so the app's idle pooled connections are closed first
/// (the app opens new ones, which then wait and fail).
/// </summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly SqliteConnection _connection;

    public DatabaseLock(string dataDirectory)
    {
        SqliteConnection.ClearAllPools();
        _connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "qalam.db")};Pooling=false;Default Timeout=15");
        _connection.Open();
        foreach (var sql in new[] { "PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE", "SELECT count(*) FROM Posts" }) Run(sql);
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
        cmd.ExecuteScalar();
    }
}
