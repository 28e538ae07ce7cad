using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Qalam.Cli;
using Qalam.Hosting;

namespace Qalam.Data.Copy;

/// <summary>
/// One side of a copy as the command line names it: <c>sqlite:PATH</c> or <c>postgres:CONNECTION-STRING</c>. A bad
/// address is one line (<see cref="StartupFailureException"/>); a password never appears in what is printed.
/// </summary>
public sealed record DatabaseAddress(DatabaseProvider Provider, string ConnectionString, string Shown)
{
    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? File => Provider.IsPostgres ? null : new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public static DatabaseAddress Parse(string text)
    {
        var colon = text.IndexOf(':');
        var (scheme, rest) = colon < 0 ? (text, "") : (text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim());
        switch (scheme)
        {
            case "sqlite" when rest.Length > 0:
                var path = Path.GetFullPath(rest);
                return new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString(), "sqlite:" + path);
            case "postgres" or "postgresql" when rest.Length > 0:
                NpgsqlConnectionStringBuilder pg;
                try
                {
                    pg = new NpgsqlConnectionStringBuilder(rest);
                }
                catch (ArgumentException)
                {
                    throw Refused("CopyBadPostgres", text.Length > 60 ? text[..60] + "…" : text);
                }
                if (string.IsNullOrEmpty(pg.Host) || string.IsNullOrEmpty(pg.Database)) throw Refused("CopyBadPostgres", Describe(pg));
                return new(DatabaseProvider.Postgres, pg.ToString(), Describe(pg));
            default:
                throw Refused("CopyBadAddress", text);
        }
    }

    /// <summary>The same database: the same file, or the same server, port and database name.</summary>
    public bool SameAs(DatabaseAddress other)
    {
        if (Provider != other.Provider) return false;
        if (!Provider.IsPostgres) return string.Equals(File, other.File, StringComparison.Ordinal);
        var (a, b) = (new NpgsqlConnectionStringBuilder(ConnectionString), new NpgsqlConnectionStringBuilder(other.ConnectionString));
        return string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port && a.Database == b.Database;
    }

    /// <summary>A context of the provider's own type, with its migrations, and none of the site's interceptors: a copy is not an edit.</summary>
    public QalamDb Open()
    {
        if (Provider.IsPostgres)
        {
            return new PostgresQalamDb(new DbContextOptionsBuilder<PostgresQalamDb>()
                .UseNpgsql(ConnectionString, o => o.MigrationsAssembly(typeof(QalamDb).Assembly.FullName).CommandTimeout(600))
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
        }
        return new SqliteQalamDb(new DbContextOptionsBuilder<SqliteQalamDb>()
            .UseSqlite(ConnectionString, o => o.MigrationsAssembly(typeof(QalamDb).Assembly.FullName).CommandTimeout(600))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
    }

    public static StartupFailureException Refused(string key, params object?[] args) =>
        new(CopyExitCodes.CouldNotRun, CliStrings.Get(key, args));

    private static string Describe(NpgsqlConnectionStringBuilder pg) =>
        $"postgres:{pg.Host}{(pg.Port == NpgsqlConnection.DefaultPort ? "" : ":" + pg.Port)}/{pg.Database}";
}
