using System.CommandLine;
using System.Diagnostics;
using Qalam.Data;
using Qalam.Import;

namespace Qalam.Cli;

/// <summary>`import wordpress EXPORT.xml [--uploads DIR | --uploads-zip FILE] [--author-map FILE] [--dry-run] [--batch N]`.</summary>
internal static class ImportCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var file = new Argument<FileInfo>("export") { Description = "The WordPress export (Tools → Export → All content), a WXR .xml file." };
        var uploads = new Option<DirectoryInfo?>("--uploads") { Description = "The old site's wp-content/uploads folder, for media files." };
        var uploadsZip = new Option<FileInfo?>("--uploads-zip") { Description = "The same uploads folder as a .zip file." };
        var authorMap = new Option<FileInfo?>("--author-map") { Description = "Lines of \"login,email[,display name]\": merge WordPress authors into existing people or rename them." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read everything and report what would happen, without writing anything." };
        var batch = new Option<int>("--batch") { Description = "Items per transaction (default 100).", DefaultValueFactory = _ => 100 };

        var wordpress = new Command("wordpress", "Import a WordPress site: authors, posts, pages, terms, media, comments and every old address.");
        wordpress.Arguments.Add(file);
        foreach (var o in new Option[] { uploads, uploadsZip, authorMap, dryRun, batch }) wordpress.Options.Add(o);
        wordpress.Validators.Add(r =>
        {
            if (r.GetValue(uploads) is not null && r.GetValue(uploadsZip) is not null) r.AddError("Give either --uploads or --uploads-zip, not both.");
            if (r.GetValue(file) is { Exists: false } f) r.AddError($"No such file: {f.FullName}");
            if (r.GetValue(uploads) is { Exists: false } d) r.AddError($"No such uploads folder: {d.FullName}");
            if (r.GetValue(uploadsZip) is { Exists: false } z) r.AddError($"No such uploads zip: {z.FullName}");
            if (r.GetValue(authorMap) is { Exists: false } m) r.AddError($"No such author map: {m.FullName}");
        });
        wordpress.SetAction(async (parse, ct) =>
        {
            var options = new ImportOptions(parse.GetValue(file)!.FullName, parse.GetValue(uploads)?.FullName, parse.GetValue(uploadsZip)?.FullName,
                parse.GetValue(authorMap)?.FullName, parse.GetValue(dryRun), Math.Max(1, parse.GetValue(batch)));
            // Reading the export to plan needs no database: it runs on the second core while the host and the database start.
            var planned = WxrPlan.StartAsync(options, ct);
            await using var host = await VerbHost.StartAsync(buildSite, parse, ct);
            var importer = host.Services.GetRequiredService<WxrImporter>();
            var bar = new ProgressBar();
            try
            {
                var report = await importer.RunAsync(options, planned, bar, ct);
                bar.Finish();
                await using (var scope = host.Services.CreateAsyncScope())
                {
                    await PlannerStatistics.RefreshAsync(scope.ServiceProvider.GetRequiredService<QalamDb>(), ct);
                }
                Console.WriteLine(report.ToText());
                return report.Failed.Count == 0 ? ExitCodes.Done : ExitCodes.DoneWithItemsLeftOut;
            }
            catch (WxrFormatException e)
            {
                bar.Finish();
                Console.Error.WriteLine($"Cannot import: {e.Message}");
                Console.Error.WriteLine("Nothing from the unfinished batch was kept; batches already committed stay, and running the command again resumes.");
                return ExitCodes.NotAnExport;
            }
            catch (Exception e) when (Data.DatabaseErrors.IsEnvironmental(e) || e is InvalidDataException or UnauthorizedAccessException)
            {
                bar.Finish();
                host.Services.GetRequiredService<ILogger<WxrImporter>>().LogError(e, "The import stopped");
                Console.Error.WriteLine(Data.DatabaseErrors.IsStorageFull(e) ? CliStrings.Get("ImportDiskFull") : CliStrings.Get("ImportStopped", Data.DatabaseErrors.Reason(e)));
                return ExitCodes.CouldNotRun;
            }
        });

        var import = new Command("import", "Bring content in from another system.");
        import.Subcommands.Add(wordpress);
        return import;
    }

    /// <summary>What the exit code of `import wordpress` says (also in the README).</summary>
    internal static class ExitCodes
    {
        public const int Done = 0;
        public const int CouldNotRun = 1;
        public const int NotAnExport = 2;
        public const int DoneWithItemsLeftOut = 3;
    }

    /// <summary>Items done / total, rate and time left, on one line of the terminal (a line every few seconds when redirected).</summary>
    private sealed class ProgressBar : IProgress<ImportProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan? _lastLine;
        private bool _drawn;

        public void Report(ImportProgress value)
        {
            var redirected = Console.IsErrorRedirected;
            if (redirected && _lastLine is { } last && _clock.Elapsed - last < TimeSpan.FromSeconds(2) && value.Done < value.Total) return;
            _lastLine = _clock.Elapsed;
            var rate = value.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var left = rate > 0 ? TimeSpan.FromSeconds((value.Total - value.Done) / rate) : TimeSpan.Zero;
            var share = value.Total == 0 ? 1 : (double)value.Done / value.Total;
            var filled = (int)Math.Round(share * 30);
            var line = $"[{new string('#', filled)}{new string('-', 30 - filled)}] {value.Done}/{value.Total} {value.Phase}  {rate:F0} items/s  {left:hh\\:mm\\:ss} left";
            Console.Error.Write(redirected ? line + Environment.NewLine : "\r" + line);
            _drawn = !redirected;
        }

        public void Finish()
        {
            if (_drawn) Console.Error.WriteLine();
            _drawn = false;
        }
    }
}
