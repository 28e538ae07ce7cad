using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Backups;

/// <summary>What an operator meets when something goes wrong: a killed backup, a damaged archive, a used target, a wrong passphrase.</summary>
public sealed class ArchiveSafetyTests : IDisposable
{
    private readonly QalamFactory _site = new(demo: true);
    private readonly string _folder = Directory.CreateTempSubdirectory("qalam-backups-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_killed_mid_way_leaves_no_archive_and_the_site_untouched()
    {
        var postsBefore = await _site.WithDbAsync(db => db.Posts.CountAsync());
        // A media file that cannot be read until someone writes to it (a named pipe): the backup is certain to be
        // half-way, its database and earlier files written, when it is killed.
        var media = Path.Combine(_site.DataDirectory, "media");
        Directory.CreateDirectory(media);
        var pipe = Path.Combine(media, "zz-slow-disk");
        using (var mkfifo = Process.Start("mkfifo", pipe)) await mkfifo.WaitForExitAsync();
        var file = Path.Combine(_folder, "killed.tar");

        using var backup = QalamProcess.Start(new Dictionary<string, string> { ["Qalam__Backups__Passphrase"] = BackupRun.Passphrase }, "backup", file, "--data", _site.DataDirectory);
        var partial = $"{file}.{backup.Id}.partial";
        var waited = Stopwatch.StartNew();
        while (!(File.Exists(partial) && new FileInfo(partial).Length > 4096) && waited.Elapsed < TimeSpan.FromSeconds(120) && !backup.HasExited) await Task.Delay(20);
        Assert.True(File.Exists(partial), "The backup never started writing: " + (backup.HasExited ? await backup.StandardError.ReadToEndAsync() : "still running"));
        await Task.Delay(200);
        backup.Kill(); // SIGKILL: no handler runs, nothing is cleaned up.
        await backup.WaitForExitAsync();
        File.Delete(pipe);

        Assert.False(File.Exists(file));
        var verify = await BackupRun.VerifyAsync(partial);
        Assert.Equal(2, verify.ExitCode);
        Assert.StartsWith("The archive has no manifest.json", verify.Error);
        var restore = await BackupRun.RestoreAsync(partial, Path.Combine(_folder, "restored"));
        Assert.Equal(2, restore.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_folder, "restored")));

        Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync("/")).StatusCode);
        Assert.Equal(postsBefore, await _site.WithDbAsync(db => db.Posts.CountAsync()));
        Assert.Equal("ok", await _site.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()).ContinueWith(t => t.Result.Single()));
    }

    [Fact]
    public async Task Verify_names_each_problem_on_its_own_line_and_restore_refuses_what_it_cannot_use()
    {
        var file = Path.Combine(_folder, "site.tar");
        BackupRun.Succeeded(await BackupRun.BackupAsync(_site.DataDirectory, file));
        var good = await BackupRun.VerifyAsync(file);
        BackupRun.Succeeded(good);
        Assert.Contains("is good", good.Output);

        // One changed byte in the middle of the database copy, and an archive cut short.
        var damaged = Path.Combine(_folder, "damaged.tar");
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[4096] ^= 0xFF;
        await File.WriteAllBytesAsync(damaged, bytes);
        var changed = await BackupRun.VerifyAsync(damaged);
        Assert.Equal(2, changed.ExitCode);
        Assert.Equal(["database/qalam.db differs from its checksum in the manifest."], changed.Error.Trim().Split('\n'));
        var cut = Path.Combine(_folder, "cut.tar");
        await File.WriteAllBytesAsync(cut, bytes.AsSpan(0, bytes.Length / 2).ToArray());
        var shortened = await BackupRun.VerifyAsync(cut);
        Assert.Equal(2, shortened.ExitCode);
        Assert.Matches("^The archive ends early or is damaged after the entry .+: it was not written to the end.$", shortened.Error.Trim());

        var used = Path.Combine(_folder, "used");
        Directory.CreateDirectory(used);
        await File.WriteAllTextAsync(Path.Combine(used, "notes.txt"), "");
        var refused = await BackupRun.RestoreAsync(file, used);
        Assert.Equal(3, refused.ExitCode);
        Assert.Equal($"Cannot restore into {used}: it is not empty. Restore into a new or empty data directory.", refused.Error.Trim());

        var wrong = await BackupRun.RestoreAsync(file, Path.Combine(_folder, "fresh"), "not the passphrase");
        Assert.Equal(4, wrong.ExitCode);
        Assert.EndsWith("Cannot restore: the passphrase does not open the archive's keys. Nothing was written.", wrong.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(_folder, "fresh")));
    }
}
