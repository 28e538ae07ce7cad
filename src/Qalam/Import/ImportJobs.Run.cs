using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Import;

public sealed partial class ImportJobs
{
    // The report's lists and counts are read-only properties: filled in place when read back.
    private static readonly JsonSerializerOptions ReportJson = new() { PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate };

    public static ImportReport? ReportOf(ImportJob job) => job.ReportJson is { } json ? JsonSerializer.Deserialize<ImportReport>(json, ReportJson) : null;

    private async Task RunAsync(string id, int? importedById)
    {
        var stopping = lifetime.ApplicationStopping;
        await using var renewal = leases.KeepRenewing(LeaseName, options.Value.Lease, stopping);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping, renewal.Lost);
        var progress = new ImportJobProgress(scopes, id, leases.Holder, clock, cancel, log);
        try
        {
            var run = OptionsFor(id, importedById);
            if (!File.Exists(run.ExportPath)) throw new FileNotFoundException("The export is not in the files store (is Qalam:Media:Store shared by every instance?)", run.ExportPath);
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<WxrImporter>().RunAsync(run, progress, cancel.Token);
            await FinishAsync(id, progress, j => j.SetProperty(x => x.ReportJson, JsonSerializer.Serialize(report, ReportJson)));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopping, or another instance holds the job now: what is committed stays, and the next holder resumes.
            log.LogInformation("The import {Job} stopped here; another instance resumes it.", id);
        }
        catch (WxrFormatException e)
        {
            await FinishAsync(id, progress, j => j.SetProperty(x => x.ErrorLine, Math.Max(1, e.Line)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogError(e, "The WordPress import failed");
            await FinishAsync(id, progress, j => j.SetProperty(x => x.Failed, true));
        }
        finally
        {
            await progress.DisposeAsync();
        }
    }

    private async Task FinishAsync(string id, ImportJobProgress progress,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ImportJob>> outcome)
    {
        try
        {
            var now = clock.GetUtcNow();
            var me = leases.Holder;
            var last = progress.Latest;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
            var finished = await db.ImportJobs.Where(j => j.Id == id && j.Holder == me && j.FinishedUtc == null).ExecuteUpdateAsync(s =>
            {
                s.SetProperty(j => j.FinishedUtc, now).SetProperty(j => j.UpdatedUtc, now)
                    .SetProperty(j => j.Phase, last.Phase).SetProperty(j => j.Done, last.Done).SetProperty(j => j.Total, last.Total);
                outcome(s);
            });
            if (finished == 0) log.LogWarning("The import {Job} was taken over by another instance before it could be marked finished here.", id);
            await leases.ReleaseAsync(LeaseName);
        }
        catch (Exception e)
        {
            // The lease then expires and another instance runs the import again; it finds everything imported.
            log.LogError(e, "Could not record the end of the import {Job}.", id);
        }
    }
}
