using Npgsql;

namespace Qalam.Data;

/// <summary>Which database the site runs on (<c>Qalam:Database</c>), checked at start with one line per problem.</summary>
public sealed record DatabaseProvider(string Name)
{
    public static readonly DatabaseProvider Sqlite = new("sqlite");
    public static readonly DatabaseProvider Postgres = new("postgres");

    public bool IsPostgres => this == Postgres;

    public static DatabaseProvider Read(string? name, string? connectionString)
    {
        List<string> problems = [];
        var provider = (name ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" => Sqlite,
            "postgres" or "postgresql" => Postgres,
            _ => null,
        };
        if (provider is null) problems.Add(Cli.CliStrings.Get("DatabaseUnsupported", name));
        else if (provider == Postgres && string.IsNullOrWhiteSpace(connectionString)) problems.Add(Cli.CliStrings.Get("DatabaseNoConnection"));
        else if (provider == Postgres && !Parses(connectionString!)) problems.Add(Cli.CliStrings.Get("DatabaseBadConnection"));
        if (problems.Count > 0) throw new Hosting.StartupFailureException(Cli.ExitCodes.Configuration, string.Join(Environment.NewLine, problems));
        return provider!;
    }

    private static bool Parses(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
