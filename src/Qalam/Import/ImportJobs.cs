using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Data;

namespace Qalam.Import;

/// <summary>
/// Imports started from the admin run in the background (a large site takes minutes), one at a time across every
/// instance: the instance holding the <see cref="LeaseName"/> lease runs the unfinished job and writes its progress to
/// the job's row, which the admin page reads on whichever instance it is asked. When the holder dies its lease
/// expires, and the next instance to look resumes the job from the kept export: the importer skips what a whole batch
/// already committed, so a resumed import ends as an uninterrupted one would.
/// </summary>
public sealed partial class ImportJobs(IServiceScopeFactory scopes, Leases leases, TimeProvider clock, IOptions<QalamOptions> options,
    IHostApplicationLifetime lifetime, ILogger<ImportJobs> log) : BackgroundService
{
    public const string LeaseName = "import";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Task _running = Task.CompletedTask;

    public async Task<ImportJob?> FindAsync(string id, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QalamDb>().ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
    }

    /// <summary>Starts the import of the export kept under imports/{id}/; false when one is running here or elsewhere.</summary>
    public async Task<bool> TryStartAsync(string id, int? importedById, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!_running.IsCompleted) return false;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
            // An unfinished job, even one whose instance died, is resumed rather than overtaken by a new one.
            if (await db.ImportJobs.AnyAsync(j => j.FinishedUtc == null, ct)) return false;
            // Of two instances starting at once, one gets the lease; only its holder adds a job, so there is one.
            if (await leases.TryAcquireAsync(LeaseName, options.Value.Lease, ct) is null) return false;
            var now = clock.GetUtcNow();
            db.ImportJobs.Add(new ImportJob { Id = id, Holder = leases.Holder, ImportedById = importedById, StartedUtc = now, UpdatedUtc = now });
            await db.SaveChangesAsync(ct);
            // The run outlives the request that started it: it stops with the application, not with the request.
            _running = Task.Run(() => RunAsync(id, importedById), CancellationToken.None);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Takes over an unfinished job whose instance stopped renewing its lease; true when one was resumed here.</summary>
    public async Task<bool> ResumeAbandonedAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!_running.IsCompleted) return false;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
            var job = await db.ImportJobs.AsNoTracking().Where(j => j.FinishedUtc == null).OrderBy(j => j.StartedUtc).FirstOrDefaultAsync(ct);
            if (job is null || await leases.TryAcquireAsync(LeaseName, options.Value.Lease, ct) is null) return false;
            var me = leases.Holder;
            // Naming this instance on the row fences the old holder off: its progress writes now change nothing.
            var claimed = await db.ImportJobs.Where(j => j.Id == job.Id && j.FinishedUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Holder, me).SetProperty(j => j.Runs, j => j.Runs + 1).SetProperty(j => j.UpdatedUtc, clock.GetUtcNow()), ct);
            if (claimed == 0)
            {
                await leases.ReleaseAsync(LeaseName, ct);
                return false;
            }
            log.LogWarning("Resuming the import {Job} that {Holder} left unfinished.", job.Id, job.Holder);
            _running = Task.Run(() => RunAsync(job.Id, job.ImportedById), CancellationToken.None);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ResumeAbandonedAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not look for an unfinished import; trying again at the next round.");
            }
            await Task.Delay(TimeSpan.FromSeconds(options.Value.PublisherIntervalSeconds), clock, stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The run was cancelled with the application; let it stop at its batch before the leases are released.
        await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>The export kept for the job, as the page saved it.</summary>
    public ImportOptions OptionsFor(string id, int? importedById, bool dryRun = false)
    {
        var zip = options.Value.FilesPath("imports", id, "uploads.zip");
        return new ImportOptions(options.Value.FilesPath("imports", id, "export.xml"), UploadsZip: File.Exists(zip) ? zip : null, DryRun: dryRun, ImportedById: importedById);
    }
}
