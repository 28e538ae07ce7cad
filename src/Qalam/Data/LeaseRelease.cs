namespace Qalam.Data;

/// <summary>
/// At a graceful stop, lets this instance's leases go so another takes the work over at once. Registered before the
/// services that hold leases, so it stops after them. A killed process never gets here: its leases expire instead.
/// </summary>
public sealed class LeaseRelease(Leases leases, ILogger<LeaseRelease> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await leases.ReleaseAllAsync(cancellationToken);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Could not release this instance's leases; they will expire.");
        }
    }
}
