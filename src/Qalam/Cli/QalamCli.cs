using System.CommandLine;

namespace Qalam.Cli;

/// <summary>
/// The verbs. Each one builds the same host as the site (same configuration, same data directory) and uses its services;
/// only `serve` runs the web server. With no verb (as when a test host starts the program) the site is served.
/// </summary>
public static class QalamCli
{
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Data directory: SQLite database, media, keys (default ./data; also Qalam__Data or appsettings Qalam:Data).",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplication> buildSite)
    {
        if (args.Length == 0 || (args[0].StartsWith('-') && !IsHelpOrVersion(args[0])))
        {
            // No verb: serve with the arguments as host settings (this is how the test host starts us).
            await buildSite(args).RunAsync();
            return 0;
        }

        var root = new RootCommand("Qalam (قلم): an Arabic-first publishing platform.");
        root.Options.Add(DataOption);
        root.Subcommands.Add(ServeCommand.Create(buildSite));
        root.Subcommands.Add(UsersCommand.Create(buildSite));
        root.Subcommands.Add(DemoCommand.Create(buildSite));
        root.Subcommands.Add(ImportCommand.Create(buildSite));
        root.Subcommands.Add(ReindexCommand.Create(buildSite));
        root.Subcommands.Add(AuditCommand.Create(buildSite));
        root.Subcommands.Add(Export.ExportCommand.Create(buildSite));
        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>The data directory a verb works on: --data when given, else ./data.</summary>
    public static string DataDirectory(ParseResult parse) =>
        Path.GetFullPath(parse.GetValue(DataOption) is { Length: > 0 } data ? data : "data");

    /// <summary>Host arguments for a verb: the data directory, when given, overrides configuration.</summary>
    public static string[] HostArgs(ParseResult parse, params string[] extra)
    {
        var list = new List<string>();
        if (parse.GetValue(DataOption) is { Length: > 0 }) list.Add($"--Qalam:Data={DataDirectory(parse)}");
        list.AddRange(extra);
        return [.. list];
    }

    private static bool IsHelpOrVersion(string arg) => arg is "-h" or "--help" or "-?" or "/?" or "--version";
}
