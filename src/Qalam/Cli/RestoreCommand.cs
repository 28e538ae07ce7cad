using System.CommandLine;
using Qalam.Backups;

namespace Qalam.Cli;

/// <summary>`restore FILE --data DIR`: an archive back into an empty data directory; no host is started (it would make one).</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The archive written by `backup`." };
        var restore = new Command("restore", "Restore an archive into an empty data directory (--data), keys sealed again for this server.");
        restore.Arguments.Add(file);
        restore.SetAction(async (parse, ct) =>
        {
            var archive = parse.GetValue(file)!;
            if (!archive.Exists)
            {
                Console.Error.WriteLine(CliStrings.Get("BackupNoSuchFile", archive.FullName));
                return BackupExitCodes.CouldNotRun;
            }
            // The site's own configuration sources (appsettings beside the program, environment), read without a host.
            var config = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables().Build();
            if (Data.DatabaseProvider.Read(config[$"{QalamOptions.Section}:Database"], config.GetConnectionString("Default")).IsPostgres)
            {
                Console.Error.WriteLine(CliStrings.Get("BackupOnPostgres"));
                return BackupExitCodes.CouldNotRun;
            }
            var passphrase = Passphrase.Read(config.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions());
            if (passphrase is null)
            {
                Console.Error.WriteLine(CliStrings.Get("BackupNoPassphrase"));
                return BackupExitCodes.WrongPassphrase;
            }
            var target = QalamCli.DataDirectory(parse);
            var bar = new BackupProgressBar();
            try
            {
                var manifest = await BackupRestorer.RestoreAsync(archive.FullName, target, passphrase, config, bar, ct);
                bar.Finish();
                Console.WriteLine(CliStrings.Get("RestoreDone", archive.FullName, target, manifest.CreatedUtc.ToString("u"), BackupCommand.Counts(manifest)));
                return BackupExitCodes.Done;
            }
            catch (BackupRestorer.RefusedException e)
            {
                bar.Finish();
                Console.Error.WriteLine(e.Message);
                return e.ExitCode;
            }
        });
        return restore;
    }
}
