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

    private static readonly string[] Verbs = ["serve", "users", "demo", "import", "reindex", "migrate", "audit", "export", "backup", "restore", "copy-data"];

    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplication> buildSite)
    {
        var hasVerb = args.Any(a => Verbs.Contains(a) || IsHelpOrVersion(a));
        // `Qalam` alone, or `Qalam --data DIR`, is a person starting the site: the serve verb, with its plain failures.
        if (args.Length == 0 || (!hasVerb && args.Any(a => a == "--data" || a.StartsWith("--data=", StringComparison.Ordinal)))) args = ["serve", .. args];
        else if (!hasVerb && args[0].StartsWith('-'))
        {
            // Host settings only: a host embedding the site (the test host) starts it, and handles its failures itself.
            await buildSite(args).RunAsync();
            return ExitCodes.Done;
        }
        try
        {
            return await Root(buildSite).Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
        catch (Exception e)
        {
            return CliFailures.Report(e, DataDirectoryIn(args));
        }
    }

    private static RootCommand Root(Func<string[], WebApplication> buildSite)
    {
        var root = new RootCommand("Qalam (قلم): an Arabic-first publishing platform.");
        root.Options.Add(DataOption);
        root.Subcommands.Add(ServeCommand.Create(buildSite));
        root.Subcommands.Add(UsersCommand.Create(buildSite));
        root.Subcommands.Add(DemoCommand.Create(buildSite));
        root.Subcommands.Add(ImportCommand.Create(buildSite));
        root.Subcommands.Add(ReindexCommand.Create(buildSite));
        root.Subcommands.Add(MigrateCommand.Create(buildSite));
        root.Subcommands.Add(AuditCommand.Create(buildSite));
        root.Subcommands.Add(Export.ExportCommand.Create(buildSite));
        root.Subcommands.Add(BackupCommand.Create(buildSite));
        root.Subcommands.Add(RestoreCommand.Create());
        root.Subcommands.Add(CopyDataCommand.Create());
        return root;
    }

    /// <summary>Where the log of a failure goes: the data directory the command named, as configuration would resolve it.</summary>
    private static string DataDirectoryIn(string[] args)
    {
        var data = Environment.GetEnvironmentVariable("Qalam__Data") ?? "data";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[i + 1];
            else if (args[i].StartsWith("--data=", StringComparison.Ordinal)) data = args[i][7..];
        }
        return Path.GetFullPath(data);
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
