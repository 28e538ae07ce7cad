using Microsoft.EntityFrameworkCore;

namespace Qalam.Data;

/// <summary>
/// Leases with expiry in the database, so background work runs on one instance at a time and moves to another when
/// its holder dies. Each step is one conditional UPDATE (an INSERT the first time a name is used), which both
/// databases apply atomically: of two instances asking at once, one changes the row and the other sees it taken.
/// Expiry is read on each instance's own clock, so the instances' clocks must agree to well within a lease.
/// </summary>
public sealed class Leases(IServiceScopeFactory scopes, TimeProvider clock, ThisInstance instance, ILogger<Leases> log)
{
    public string Holder => instance.Id;

    /// <summary>Takes the lease when it is free or expired, or renews it when this instance holds it; null when another holds it.</summary>
    public async Task<HeldLease?> TryAcquireAsync(string name, TimeSpan length, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var until = now + length;
        var me = instance.Id;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        Task<int> TakeOrRenewAsync() => db.Leases.Where(l => l.Name == name && (l.Holder == me || l.ExpiresUtc <= now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Fence, l => l.Holder == me ? l.Fence : l.Fence + 1)
                .SetProperty(l => l.Holder, me)
                .SetProperty(l => l.ExpiresUtc, until), ct);
        // When the row appeared between the update and the insert, its creator may be this instance's own other caller
        // (a background loop and a request asking at once), so the update is tried once more before answering no.
        if (await TakeOrRenewAsync() == 0 && !await TryCreateAsync(db, name, until, ct) && await TakeOrRenewAsync() == 0) return null;
        var fence = await db.Leases.Where(l => l.Name == name && l.Holder == me).Select(l => (long?)l.Fence).FirstOrDefaultAsync(ct);
        return fence is { } f ? new HeldLease(name, f, until) : null;
    }

    /// <summary>
    /// Takes a turn at work done at most once per <paramref name="every"/> across all instances (the media sweep):
    /// true when the last turn, whoever took it, is at least that old. Unlike a held lease, holding it last time gives
    /// no right to the next turn.
    /// </summary>
    public async Task<bool> TryTakeTurnAsync(string name, TimeSpan every, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var me = instance.Id;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var changed = await db.Leases.Where(l => l.Name == name && l.ExpiresUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Fence, l => l.Fence + 1).SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresUtc, now + every), ct);
        return changed == 1 || await TryCreateAsync(db, name, now + every, ct);
    }

    /// <summary>Lets the lease go at once, if this instance still holds it, so another need not wait for it to expire.</summary>
    public Task<int> ReleaseAsync(string name, CancellationToken ct = default) => ReleaseWhereAsync(l => l.Name == name, ct);

    /// <summary>Lets every lease this instance holds go: at a graceful stop.</summary>
    public Task<int> ReleaseAllAsync(CancellationToken ct = default) => ReleaseWhereAsync(_ => true, ct);

    private async Task<int> ReleaseWhereAsync(System.Linq.Expressions.Expression<Func<Lease, bool>> which, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var me = instance.Id;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        // Expired now rather than deleted: the row (and its fence) stays for the next holder.
        return await db.Leases.Where(which).Where(l => l.Holder == me && l.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, now), ct);
    }

    /// <summary>The lease as it stands, for the admin and tests.</summary>
    public async Task<Lease?> FindAsync(string name, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QalamDb>().Leases.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name, ct);
    }

    /// <summary>
    /// Keeps renewing a lease this instance holds while long work runs (a backup, an import), every third of its
    /// length; <see cref="LeaseRenewal.Lost"/> is cancelled when another instance has taken it meanwhile.
    /// </summary>
    public LeaseRenewal KeepRenewing(string name, TimeSpan length, CancellationToken ct) => new(this, clock, name, length, log, ct);

    // The first use of a name: a unique key decides between two instances inserting it at once.
    private async Task<bool> TryCreateAsync(QalamDb db, string name, DateTimeOffset until, CancellationToken ct)
    {
        if (await db.Leases.AnyAsync(l => l.Name == name, ct)) return false;
        db.Leases.Add(new Lease { Name = name, Holder = instance.Id, ExpiresUtc = until, Fence = 1 });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsConflict(e))
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
