using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Backups;
using Qalam.Data;

namespace Qalam.Cli;

/// <summary>`backup FILE` writes one archive while the site keeps serving; `backup verify FILE` checks one without restoring it.</summary>
internal static class BackupCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var file = new Argument<FileInfo>("file") { Description = "The archive to write (a .tar file); replaced only once the new one is whole." };
        var backup = new Command("backup", "Back up the database, media, confidential files, keys and settings into one archive, while the site runs.");
        backup.Arguments.Add(file);
        backup.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(file)!.FullName;
            if (Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
            {
                Console.Error.WriteLine(CliStrings.Get("BackupFolderMissing", folder));
                return BackupExitCodes.CouldNotRun;
            }
            await using var host = VerbHost.Build(buildSite, parse);
            if (host.Services.GetRequiredService<DatabaseProvider>().IsPostgres)
            {
                Console.Error.WriteLine(CliStrings.Get("BackupOnPostgres"));
                return BackupExitCodes.CouldNotRun;
            }
            await host.PrepareAsync(ct);
            var passphrase = Passphrase.Read(host.Services.GetRequiredService<IOptions<BackupOptions>>().Value);
            if (passphrase is null)
            {
                Console.Error.WriteLine(CliStrings.Get("BackupNoPassphrase"));
                return BackupExitCodes.WrongPassphrase;
            }
            var db = host.Services.GetRequiredService<QalamDb>();
            var journal = host.Services.GetRequiredService<BackupLog>();
            var bar = new BackupProgressBar();
            try
            {
                var summary = await host.Services.GetRequiredService<BackupWriter>().WriteAsync(target, passphrase, db.Database.GetConnectionString()!, bar, ct);
                bar.Finish();
                journal.Succeeded(summary);
                Console.WriteLine(Summary(summary));
                if (summary.Manifest.MissingAtBackup.Count > 0)
                {
                    Console.WriteLine(CliStrings.Get("BackupFilesAlreadyMissing", summary.Manifest.MissingAtBackup.Count, summary.Manifest.MissingAtBackup[0]));
                }
                return BackupExitCodes.Done;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException || DatabaseErrors.IsEnvironmental(e))
            {
                bar.Finish();
                host.Services.GetRequiredService<ILogger<BackupWriter>>().LogError(e, "The backup stopped");
                journal.Failed(e.GetBaseException().Message, DateTimeOffset.UtcNow);
                Console.Error.WriteLine(CliStrings.Get("BackupFailed", target, e.GetBaseException().Message));
                return BackupExitCodes.CouldNotRun;
            }
        });
        backup.Subcommands.Add(Verify());
        return backup;
    }

    private static Command Verify()
    {
        var file = new Argument<FileInfo>("file") { Description = "The archive to check." };
        var verify = new Command("verify", "Check an archive without restoring it: checksums, the database's integrity, counts and files.");
        verify.Arguments.Add(file);
        verify.SetAction(async (parse, ct) =>
        {
            var archive = parse.GetValue(file)!;
            if (!archive.Exists)
            {
                Console.Error.WriteLine(CliStrings.Get("BackupNoSuchFile", archive.FullName));
                return BackupExitCodes.CouldNotRun;
            }
            var (problems, manifest) = await BackupVerifier.VerifyAsync(archive.FullName, ct);
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            if (problems.Count > 0 || manifest is null) return BackupExitCodes.ArchiveDamaged;
            Console.WriteLine(CliStrings.Get("BackupVerified", archive.FullName, manifest.CreatedUtc.ToString("u"), manifest.Entries.Count, Counts(manifest)));
            return BackupExitCodes.Done;
        });
        return verify;
    }

    private static string Summary(BackupSummary s) => CliStrings.Get("BackupWritten", s.File, (s.Size / 1048576.0).ToString("F1"),
        s.Manifest.Entries.Count, Counts(s.Manifest), s.Took.TotalSeconds.ToString("F1"));

    public static string Counts(BackupManifest m) => string.Join(", ", m.Counts.Select(c => $"{c.Key} {c.Value}"));
}
