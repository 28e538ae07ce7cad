namespace Qalam.Search;

/// <summary>Writes readers' search counts every <see cref="QueryLog.FlushEvery"/>, and once more when the site stops.</summary>
internal sealed class QueryLogFlusher(QueryLog log, TimeProvider clock, ILogger<QueryLogFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(QueryLog.FlushEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await log.FlushAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Counts are statistics: one failed round must not stop the site.
                    logger.LogError(e, "Search counts could not be written");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the last counts are written below.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await log.FlushAsync(cancellationToken);
    }
}
