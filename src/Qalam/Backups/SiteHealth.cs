using Microsoft.Extensions.Options;

namespace Qalam.Backups;

/// <summary>What an administrator checks first: the last backup and its age, the room left on the data volume, failed jobs.</summary>
public sealed class SiteHealth(BackupLog journal, JobFailures failures, IOptions<QalamOptions> options, TimeProvider clock)
{
    /// <summary>A backup older than this is shown as a warning.</summary>
    public static readonly TimeSpan BackupTooOld = TimeSpan.FromDays(1);

    public sealed record View(BackupLog.Success? LastBackup, TimeSpan? BackupAge, bool BackupTooOld, BackupLog.Failure? LastBackupFailure,
        long? FreeBytes, IReadOnlyList<JobFailures.Failure> FailedJobs);

    public View Read()
    {
        var state = journal.Read();
        var age = state.LastSuccess is { } last ? clock.GetUtcNow() - last.AtUtc : (TimeSpan?)null;
        // A failure is news only until a backup works again.
        var failure = state.LastFailure is { } f && (state.LastSuccess is null || f.AtUtc > state.LastSuccess.AtUtc) ? f : null;
        return new View(state.LastSuccess, age, age is null || age > BackupTooOld, failure, FreeBytes(), failures.Recent);
    }

    private long? FreeBytes()
    {
        try
        {
            return new DriveInfo(options.Value.DataPath()).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
