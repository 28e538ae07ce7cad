namespace Qalam.Data;

/// <summary>A lease renewed in the background while its holder works; disposing stops renewing (it does not release).</summary>
public sealed class LeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _loop;

    internal LeaseRenewal(Leases leases, TimeProvider clock, string name, TimeSpan length, ILogger log, CancellationToken ct)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _loop = Task.Run(() => RenewAsync(leases, clock, name, length, log), CancellationToken.None);
    }

    /// <summary>Cancelled when another instance took the lease: the work should stop, as its results may now be the other's.</summary>
    public CancellationToken Lost => _lost.Token;

    private async Task RenewAsync(Leases leases, TimeProvider clock, string name, TimeSpan length, ILogger log)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(length / 3, clock, _stop.Token);
                if (await leases.TryAcquireAsync(name, length, _stop.Token) is null)
                {
                    log.LogWarning("The lease {Lease} was taken by another instance; stopping the work here.", name);
                    await _lost.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                // A database briefly unreachable: try again at the next third; the lease outlasts two misses.
                log.LogWarning(e, "Could not renew the lease {Lease}.", name);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _lost.Dispose();
    }
}
