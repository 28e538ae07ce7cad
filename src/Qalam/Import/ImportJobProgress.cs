using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Import;

/// <summary>
/// The running import's progress, kept in memory as the importer reports each item and written to the job's row
/// about once a second. The rate is the database's concern, so it is measured in real time, not on the site's clock.
/// A write that finds the row held by another instance cancels this run: the other has taken it over.
/// </summary>
internal sealed class ImportJobProgress : IProgress<ImportProgress>, IAsyncDisposable
{
    public static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(1);
    private readonly IServiceScopeFactory _scopes;
    private readonly string _id;
    private readonly string _holder;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _lost;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private ImportProgress? _written;
    private volatile ImportProgress _latest = new("plan", 0, 0);

    public ImportJobProgress(IServiceScopeFactory scopes, string id, string holder, TimeProvider clock, CancellationTokenSource lost, ILogger log)
    {
        (_scopes, _id, _holder, _clock, _lost, _log) = (scopes, id, holder, clock, lost, log);
        _loop = Task.Run(WriteLoopAsync);
    }

    public ImportProgress Latest => _latest;

    public void Report(ImportProgress value) => _latest = value;

    private async Task WriteLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(WriteEvery, _stop.Token);
                var now = _latest;
                if (now == _written) continue;
                if (await WriteAsync(now) == 0)
                {
                    _log.LogWarning("The import {Job} is held by another instance now; stopping it here.", _id);
                    await _lost.CancelAsync();
                    return;
                }
                _written = now;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                _log.LogWarning(e, "Could not write the progress of the import {Job}.", _id);
            }
        }
    }

    private async Task<int> WriteAsync(ImportProgress p)
    {
        var (me, at) = (_holder, _clock.GetUtcNow());
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QalamDb>().ImportJobs
            .Where(j => j.Id == _id && j.Holder == me && j.FinishedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Phase, p.Phase).SetProperty(j => j.Done, p.Done).SetProperty(j => j.Total, p.Total).SetProperty(j => j.UpdatedUtc, at));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
