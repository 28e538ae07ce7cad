using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Accounts;
using Qalam.Data;
using Qalam.Media;

namespace Qalam.Content;

/// <summary>
/// Publishes scheduled posts when they come due, purges trash older than 30 days, and once an hour removes media files
/// no library item owns (<see cref="MediaSweep"/>). With several instances on one database, the rounds run on the one
/// holding the <see cref="LeaseName"/> lease, renewed at each round; when it dies, another takes over once the lease
/// expires. Each post is still claimed with a conditional update (… WHERE Status = Scheduled) inside a write
/// transaction, so even two rounds that overlap (a round slower than the lease) publish each post exactly once.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<QalamOptions> options, Leases leases,
    ILogger<ScheduledPublisher> log) : BackgroundService
{
    public const string LeaseName = "scheduled-publisher";
    /// <summary>The media sweep's turn, shared by every instance so the sweep runs once an hour in all.</summary>
    public const string SweepTurn = "media-sweep";
    public static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);
    private long _fence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.PublisherIntervalSeconds);
        // Let start-up finish before the first look.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A locked or briefly unavailable database must not stop the publisher; the next round tries again.
                log.LogError(e, "Scheduled publishing failed; retrying at the next interval.");
                Observability.QalamMetrics.JobFailed("scheduled-publisher");
            }
            // A one-shot wait after each round (not a periodic timer): a clock that jumps ahead, or a round that took
            // longer than the interval, gives one more round, never a burst of missed ticks.
            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    /// <summary>One round, when this instance holds (or now takes) the lease; false when another instance runs them.</summary>
    public async Task<bool> RunRoundAsync(CancellationToken ct = default)
    {
        var held = await leases.TryAcquireAsync(LeaseName, options.Value.Lease, ct);
        if (held is null) return false;
        if (held.Fence != _fence)
        {
            log.LogInformation("This instance runs the scheduled rounds now (lease {Fence}).", held.Fence);
            _fence = held.Fence;
        }
        using var timing = Observability.QalamMetrics.TimeJob("scheduled-publisher");
        await PublishDueAsync(ct);
        await PurgeTrashAsync(ct);
        await PurgeSearchQueriesAsync(ct);
        await SweepMediaAsync(ct);
        return true;
    }

    /// <summary>Publishes every scheduled post whose time has come. Returns how many this process published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<QalamDb>().Posts
                .Where(p => p.Status == PostStatus.Scheduled && p.PublishedUtc <= now).Select(p => p.Id).ToListAsync(ct);
        }
        var published = 0;
        foreach (var id in due)
        {
            if (await TryPublishAsync(id, ct)) published++;
        }
        return published;
    }

    private async Task<bool> TryPublishAsync(int id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        // The transaction begins with the write lock taken, so the claim and its side effects commit together.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Posts.Where(p => p.Id == id && p.Status == PostStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PostStatus.Published).SetProperty(p => p.Version, p => p.Version + 1), ct);
        if (claimed == 0) return false;
        var post = await db.Posts.FirstAsync(p => p.Id == id, ct);
        await scope.ServiceProvider.GetRequiredService<Publishing>().PublishAsync(post, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Forgets readers' search counts older than <see cref="Search.QueryLog.Retention"/>.</summary>
    public async Task<int> PurgeSearchQueriesAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<Search.QueryLog>();
        return await log.PurgeAsync(scope.ServiceProvider.GetRequiredService<QalamDb>(), ct);
    }

    /// <summary>Removes orphaned media files, at most once an hour across all instances; returns how many.</summary>
    public async Task<int> SweepMediaAsync(CancellationToken ct = default)
    {
        if (!await leases.TryTakeTurnAsync(SweepTurn, SweepEvery, ct)) return 0;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaSweep>().RunAsync(ct);
    }

    /// <summary>Deletes posts that have been in the trash longer than <see cref="Publishing.TrashRetention"/>.</summary>
    public async Task<int> PurgeTrashAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow() - Publishing.TrashRetention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var expired = await db.Posts.Where(p => p.Status == PostStatus.Trash && p.TrashedUtc <= cutoff)
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        var purged = 0;
        foreach (var post in expired)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var deleted = await db.Posts.Where(p => p.Id == post.Id && p.Status == PostStatus.Trash).ExecuteDeleteAsync(ct);
            if (deleted == 1)
            {
                scope.ServiceProvider.GetRequiredService<AuditLog>().Record("post-purged", $"post:{post.Id}", post.Title);
                await db.SaveChangesAsync(ct);
                purged++;
            }
            await tx.CommitAsync(ct);
        }
        return purged;
    }
}
