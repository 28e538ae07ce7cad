using Microsoft.Data.Sqlite;

namespace Qalam.Data;

/// <summary>
/// Holds one connection to the SQLite file for the life of the site. SQLite deletes a WAL database's -wal and -shm files
/// when its last connection closes (the connection pool empties when idle) and makes them again at the next open: on a
/// full disk that fails, and then even reads stop. Held open, the files stay, and no open pays for WAL recovery.
/// </summary>
internal sealed class SqliteKeeper(string connectionString) : IHostedService, IAsyncDisposable
{
    private SqliteConnection? _connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Outside the pool: clearing the pools (as a restore or a test does) must not close it.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await _connection.OpenAsync(cancellationToken);
        await using var read = _connection.CreateCommand();
        read.CommandText = "SELECT count(*) FROM sqlite_master"; // a first read maps the -shm file
        await read.ExecuteScalarAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        await _connection.DisposeAsync();
        _connection = null;
    }
}
