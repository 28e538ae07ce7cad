using Microsoft.Data.Sqlite;

namespace Qalam.Data;

/// <summary>
/// A consistent copy of the database while the site keeps writing: the one provider-specific step of a backup
/// (PostgreSQL would run pg_dump here), and its check when an archive is verified.
/// </summary>
public static class DatabaseSnapshot
{
    /// <summary>The provider's name in a backup's manifest, and the archive entry that holds its copy.</summary>
    public const string Provider = "sqlite";
    public const string EntryName = "database/qalam.db";

    /// <summary>
    /// SQLite's online backup API copies every page in one step under a read transaction: in WAL mode the site's
    /// writers go on meanwhile, and the copy is the database as of the step's start. Chosen over VACUUM INTO, which
    /// rebuilds every table and index (minutes of CPU on a large site) for the same guarantee.
    /// </summary>
    public static void Write(string connectionString, string target)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        using var from = new SqliteConnection(source.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        from.Open();
        using (var wait = from.CreateCommand())
        {
            wait.CommandText = "PRAGMA busy_timeout = 10000;";
            wait.ExecuteNonQuery();
        }
        to.Open();
        from.BackupDatabase(to);
        // The copy stands alone: one file, no -wal beside it, so it can be archived and restored as it is.
        using var mode = to.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode = DELETE;";
        mode.ExecuteNonQuery();
    }

    /// <summary>PRAGMA integrity_check and the rows of the tables a manifest counts, on a copy taken from an archive.</summary>
    public static (IReadOnlyList<string> Problems, IReadOnlyDictionary<string, long> Counts) Check(string file, IEnumerable<string> tables)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        var problems = new List<string>();
        using (var check = db.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check;";
            using var reader = check.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetString(0) != "ok") problems.Add(reader.GetString(0));
            }
        }
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            using var count = db.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\";";
            counts[table] = (long)count.ExecuteScalar()!;
        }
        return (problems, counts);
    }

    /// <summary>Every value of one column, e.g. the media files the database says exist.</summary>
    public static IReadOnlyList<string> Column(string file, string table, string column)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT \"{column}\" FROM \"{table}\";";
        using var reader = cmd.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
