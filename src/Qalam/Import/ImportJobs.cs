using System.Collections.Concurrent;

namespace Qalam.Import;

/// <summary>
/// Imports started from the admin run in the background (a large site takes minutes), one at a time; the page
/// polls here for their progress. The files are kept under the data directory's imports/ folder until then.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ImportJobs> log)
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);

    public ImportJob? Find(string id) => _jobs.GetValueOrDefault(id);

    public bool IsRunning => _jobs.Values.Any(j => !j.Finished);

    /// <summary>Starts the import; false when another one is still running.</summary>
    public bool TryStart(string id, ImportOptions options)
    {
        lock (_jobs)
        {
            if (IsRunning) return false;
            var job = new ImportJob();
            _jobs[id] = job;
            _ = Task.Run(() => RunAsync(job, options));
            return true;
        }
    }

    private async Task RunAsync(ImportJob job, ImportOptions options)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<WxrImporter>();
            job.Result = await importer.RunAsync(options, job, lifetime.ApplicationStopping);
        }
        catch (WxrFormatException e)
        {
            job.ErrorLine = Math.Max(1, e.Line);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogError(e, "The WordPress import failed");
            job.Failed = true;
        }
        finally
        {
            job.Finished = true;
        }
    }
}
