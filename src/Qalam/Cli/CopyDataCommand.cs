using System.CommandLine;
using System.Diagnostics;
using Qalam.Data.Copy;

namespace Qalam.Cli;

/// <summary>
/// `copy-data --from sqlite:PATH --to postgres:CONNECTION` (or the other way): a whole site into an empty database and
/// files store, verified table by table. No site host is started: each side is only a database and a folder.
/// </summary>
internal static class CopyDataCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Required = true, Description = "The site to copy: sqlite:PATH (its qalam.db) or postgres:CONNECTION-STRING." };
        var to = new Option<string>("--to") { Required = true, Description = "An empty database: sqlite:PATH (made if missing) or postgres:CONNECTION-STRING (the database must exist; it is migrated first)." };
        var filesFrom = new Option<string?>("--files-from") { Description = "Where the site's uploaded files are (media/, confidential/, imports/). Default: Qalam:Media:Store if set, else the folder of a sqlite: source's file, else the data directory." };
        var filesTo = new Option<string?>("--files-to") { Description = "Where to copy them. Default: the folder of a sqlite: target's file; for postgres:, Qalam:Media:Store if set, else the data directory. When it is the --files-from folder, files are left where they are." };
        var command = new Command("copy-data", """
            Copy a whole site (every table, every uploaded file) into an empty database, between SQLite and PostgreSQL, then
            check each table's row count and checksum and each file's SHA-256. Stop the site first, or changes made during
            the copy are not in it. The search index is rebuilt on the copy. The data-protection keys (DATA/keys and the
            key-ring key) are not copied: serve the copy with this site's keys. Exit codes: 0 copied and verified; 1 could not
            run (bad address, missing source, same database twice, database unreachable); 2 the copy differs from its source;
            3 the target database or files folder is not empty (nothing was written).
            """);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(filesFrom);
        command.Options.Add(filesTo);
        command.SetAction(async (parse, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var (source, target) = (DatabaseAddress.Parse(parse.GetValue(from)!), DatabaseAddress.Parse(parse.GetValue(to)!));
            var config = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables().Build();
            var store = config[$"{QalamOptions.Section}:Media:Store"] is { Length: > 0 } s ? s : null;
            var data = parse.GetValue(QalamCli.DataOption) is { Length: > 0 } d ? d : config[$"{QalamOptions.Section}:Data"] ?? "data";
            var files = new StoreCopy(parse.GetValue(filesFrom) ?? store ?? Path.GetDirectoryName(source.File) ?? data,
                parse.GetValue(filesTo) ?? Path.GetDirectoryName(target.File) ?? store ?? data);

            var copy = new SiteCopy(source, target);
            var (sourceDb, targetDb) = await copy.PrepareAsync(ct);
            await using var _ = sourceDb;
            await using var __ = targetDb;
            var names = files.SamePlace ? [] : files.Files();
            if (!files.SamePlace) await files.CheckAsync(names, ct);
            var bar = new BackupProgressBar();
            var result = await copy.CopyAsync(sourceDb, targetDb, bar, ct);
            var copied = files.SamePlace ? null : await files.CopyAsync(names, bar, ct);
            bar.Finish();
            return Report(source, target, result, files, copied, clock.Elapsed);
        });
        return command;
    }

    private static int Report(DatabaseAddress source, DatabaseAddress target, SiteCopy.Result result, StoreCopy files, StoreCopy.Result? copied, TimeSpan took)
    {
        var width = result.Tables.Max(t => t.Table.Length);
        foreach (var t in result.Tables)
        {
            Console.WriteLine(t.Matches ? CliStrings.Get("CopyTableOk", t.Table.PadRight(width), t.Rows)
                : CliStrings.Get("CopyTableDiffers", t.Table.PadRight(width), t.Rows, t.TargetRows));
        }
        Console.WriteLine(CliStrings.Get("CopyIndexed", result.Indexed));
        Console.WriteLine(CliStrings.Get(result.AuditChainHolds ? "CopyAuditOk" : "CopyAuditBroken", result.AuditEntries));
        if (copied is null) Console.WriteLine(CliStrings.Get("CopyFilesInPlace", files.From));
        else
        {
            foreach (var file in copied.Differ) Console.WriteLine(CliStrings.Get("CopyFileDiffers", Path.Combine(files.To, file)));
            Console.WriteLine(CliStrings.Get("CopyFiles", copied.Copied, (copied.Bytes / 1048576.0).ToString("F1"), copied.AlreadyThere, files.From, files.To));
        }
        var differences = result.Tables.Count(t => !t.Matches) + (copied?.Differ.Count ?? 0) + (result.AuditChainHolds ? 0 : 1);
        if (differences > 0)
        {
            Console.Error.WriteLine(CliStrings.Get("CopyDiffers", target.Shown, differences));
            return CopyExitCodes.Differs;
        }
        Console.WriteLine(CliStrings.Get("CopyDone", source.Shown, target.Shown, result.Tables.Count, result.Tables.Sum(t => t.Rows),
            copied?.Copied + copied?.AlreadyThere ?? 0, took.TotalSeconds.ToString("F1")));
        return CopyExitCodes.Done;
    }
}
