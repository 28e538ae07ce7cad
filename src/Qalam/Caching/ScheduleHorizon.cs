using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Caching;

/// <summary>
/// A scheduled post becomes public when its time comes, by the clock alone: no write announces it (the publisher's
/// round may come minutes later). So the page cache keeps the next such moment, and the first request after it
/// announces the posts that came due as a change, which evicts exactly their pages and lists.
/// </summary>
public sealed class ScheduleHorizon(ContentFeed feed, TimeProvider clock) : IContentListener
{
    private sealed record Known(DateTimeOffset? Next);
    private volatile Known? _known;
    // Posts due up to here are already announced (or were public before any page was cached).
    private DateTimeOffset _announcedUpTo = DateTimeOffset.MinValue;
    // Posts a write made public and announced itself: the next look would find them due and announce them again.
    // Kept with the date it went public, until a look has passed that date.
    private readonly ConcurrentDictionary<int, DateTimeOffset> _announcedByWrites = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task CheckAsync(IServiceProvider services, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_known is { } known && (known.Next is null || known.Next > now)) return;
        await _gate.WaitAsync(ct);
        try
        {
            if (_known is { } again && (again.Next is null || again.Next > now)) return;
            var db = services.GetRequiredService<QalamDb>();
            // Statements wait for the publisher, which numbers them with a write: that write is announced.
            var scheduled = db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Scheduled && p.Kind != PostKind.Statement);
            var from = _known is null ? now : _announcedUpTo;
            // Published ones too: the publisher may have flipped a due post a moment ago and not yet announced it.
            var due = await db.Posts.AsNoTracking()
                .Where(p => (p.Status == PostStatus.Scheduled || p.Status == PostStatus.Published) && p.Kind != PostKind.Statement)
                .Where(p => p.PublishedUtc > from && p.PublishedUtc <= now)
                .Select(p => new { p.Id, p.AuthorId, p.PublishedUtc, p.Kind }).ToListAsync(ct);
            _announcedUpTo = now;
            _known = new Known(await scheduled.Where(p => p.PublishedUtc > now).MinAsync(p => p.PublishedUtc, ct));
            due.RemoveAll(p => _announcedByWrites.ContainsKey(p.Id));
            // Later looks start after now: what went public by now can no longer come up.
            foreach (var (id, at) in _announcedByWrites)
            {
                if (at <= now) _announcedByWrites.TryRemove(id, out _);
            }
            if (due.Count == 0) return;
            var posts = due.ToDictionary(p => p.Id, p => new PostChange(p.Id,
                new PostFacts(false, p.AuthorId, p.PublishedUtc, p.Kind), new PostFacts(true, p.AuthorId, p.PublishedUtc, p.Kind), new HashSet<TermLink>()));
            await feed.AnnounceAsync(new ContentChange(posts, new HashSet<string>(), false), ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task OnChangedAsync(ContentChange change, CancellationToken ct)
    {
        // A write may have scheduled a post sooner; look again (without announcing what that write already did).
        var now = clock.GetUtcNow();
        foreach (var post in change.Posts.Values)
        {
            if (post.After is { Public: true, PublishedUtc: { } at } && at <= now) _announcedByWrites[post.Id] = at;
        }
        if (_known is not null) _known = new Known(now);
        return Task.CompletedTask;
    }
}
