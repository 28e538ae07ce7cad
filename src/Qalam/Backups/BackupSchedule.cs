using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Data;

namespace Qalam.Backups;

/// <summary>
/// Takes the daily backup when <see cref="BackupOptions.Scheduled"/> is on, then applies the retention. One round at a
/// time: the loop waits out each round before the next, and a round that finds another still running (a test or a
/// slow disk calling <see cref="RunOnceAsync"/> meanwhile) does nothing. With several instances on one database the
/// rounds run on the one holding the <see cref="LeaseName"/> lease, renewed at each round and while a backup is
/// written; another instance takes over when it has not been renewed for <see cref="Lease"/>.
/// </summary>
internal sealed class BackupSchedule(IServiceScopeFactory scopes, IOptions<BackupOptions> backups, IOptions<QalamOptions> options,
    DatabaseProvider provider, TimeProvider clock, ILogger<BackupSchedule> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);
    public const string LeaseName = "backups";
    /// <summary>Three rounds: a missed round or two keeps the backups where they are (and their folder's history).</summary>
    public static readonly TimeSpan Lease = 3 * Interval;
    private readonly SemaphoreSlim _round = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!backups.Value.Scheduled) return;
        if (provider.IsPostgres)
        {
            // An archive holds the SQLite file; a PostgreSQL site is backed up by the database's own tools.
            log.LogWarning("Qalam:Backups:Scheduled is on, but the site is on PostgreSQL: back it up with pg_dump, or with `Qalam copy-data --to sqlite:FILE`.");
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            await Task.Delay(Interval, clock, stoppingToken);
        }
    }

    /// <summary>Backs up when the newest scheduled archive is a day old or missing; returns the new archive, or null.</summary>
    public async Task<string?> RunOnceAsync(CancellationToken ct = default)
    {
        if (!await _round.WaitAsync(0, ct)) return null;
        var journal = new BackupLog(options.Value.DataPath());
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<Leases>();
            if (await leases.TryAcquireAsync(LeaseName, Lease, ct) is null) return null;
            await using var renewal = leases.KeepRenewing(LeaseName, Lease, ct);
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct, renewal.Lost);
            var folder = backups.Value.FolderFor(options.Value.DataPath());
            Data.DataFiles.CreatePrivateDirectory(folder);
            var now = clock.GetUtcNow();
            var names = Directory.EnumerateFiles(folder, BackupRetention.Prefix + "*" + BackupRetention.Extension).Select(Path.GetFileName).ToList();
            var newest = names.Select(n => BackupRetention.TakenAt(n!)).Max();
            if (newest is { } last && now - last < Every) return null;
            if (backups.Value.Passphrase is not { Length: > 0 } passphrase)
            {
                throw new InvalidOperationException("Scheduled backups need Qalam:Backups:Passphrase to seal the keys.");
            }
            RemoveLeftovers(folder, now);
            var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
            var file = Path.Combine(folder, BackupRetention.NameFor(now));
            var summary = await scope.ServiceProvider.GetRequiredService<BackupWriter>()
                .WriteAsync(file, passphrase, db.Database.GetConnectionString()!, null, cancel.Token);
            journal.Succeeded(summary);
            foreach (var old in BackupRetention.ToDelete(names.Append(Path.GetFileName(file))!, backups.Value.KeepDaily, backups.Value.KeepWeekly))
            {
                File.Delete(Path.Combine(folder, old));
            }
            log.LogInformation("Backed up to {File} ({Size} bytes)", file, summary.Size);
            return file;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("Another instance took the backups over during this one; it was stopped.");
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            journal.Failed(e.GetBaseException().Message, clock.GetUtcNow());
            log.LogError(e, "The scheduled backup failed; trying again at the next round.");
            return null;
        }
        finally
        {
            _round.Release();
        }
    }

    // A backup killed mid-way leaves its temporary files; they never pass for archives, and are removed after an hour.
    private static void RemoveLeftovers(string folder, DateTimeOffset now)
    {
        foreach (var partial in Directory.EnumerateFiles(folder, "*.partial"))
        {
            if (now - File.GetLastWriteTimeUtc(partial) > TimeSpan.FromHours(1)) File.Delete(partial);
        }
    }
}
