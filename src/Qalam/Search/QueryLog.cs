using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// What readers search for, counted per normalised query and day so editors can see what they look for and what finds
/// nothing. Nothing that names a reader is kept; rows older than <see cref="Retention"/> are purged.
/// Counts are kept in memory and written in one transaction every <see cref="FlushEvery"/> (by
/// <see cref="QueryLogFlusher"/>) and before the editors' page reads them: a search never waits for the database's
/// write lock, and never fails because it is held or the disk is full. A crash loses at most that interval's counts.
/// </summary>
public sealed class QueryLog(TimeProvider clock, IServiceScopeFactory scopes, ILogger<QueryLog> log)
{
    public const int MaxQueryLength = 100;
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);
    public static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(30);

    // A bound on new rows per day, so a crawler typing random queries cannot grow the table (or this buffer) without
    // limit; queries already counted that day still count.
    private const int MaxQueriesPerDay = 5000;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private Dictionary<(DateOnly Day, string Query), (int Count, bool ZeroHits)> _pending = [];

    /// <summary>The form a query is counted under: folded as the index folds it, spaces collapsed, bounded.</summary>
    public static string Normalize(string q)
    {
        var folded = string.Join(' ', ArabicText.Normalize(q).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return folded.Length <= MaxQueryLength ? folded : folded[..MaxQueryLength];
    }

    /// <summary>Counts one search; written at the next flush.</summary>
    public void Record(string q, bool zeroHits)
    {
        var query = Normalize(q);
        if (query.Length == 0) return;
        var key = (DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), query);
        lock (_gate)
        {
            if (_pending.TryGetValue(key, out var seen)) _pending[key] = (seen.Count + 1, zeroHits);
            else if (_pending.Count < MaxQueriesPerDay) _pending[key] = (1, zeroHits);
        }
    }

    /// <summary>Writes the counts gathered since the last flush; when the database cannot take them, keeps them for the next.</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            Dictionary<(DateOnly Day, string Query), (int Count, bool ZeroHits)> batch;
            lock (_gate) (batch, _pending) = (_pending, []);
            if (batch.Count == 0) return;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await WriteAsync(scope.ServiceProvider.GetRequiredService<QalamDb>(), batch, ct);
            }
            catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
            {
                log.LogWarning(e, "Search counts not written yet; kept for the next try");
                lock (_gate)
                {
                    foreach (var (key, value) in batch)
                    {
                        _pending[key] = _pending.TryGetValue(key, out var newer) ? (newer.Count + value.Count, newer.ZeroHits) : value;
                    }
                }
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    private static Task WriteAsync(QalamDb db, Dictionary<(DateOnly Day, string Query), (int Count, bool ZeroHits)> batch, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            var rowsByDay = new Dictionary<DateOnly, int>();
            foreach (var ((day, query), (count, zeroHits)) in batch)
            {
                var updated = await db.SearchQueries.Where(r => r.Day == day && r.Query == query)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Count, r => r.Count + count).SetProperty(r => r.ZeroHits, zeroHits), ct);
                if (updated > 0) continue;
                if (!rowsByDay.TryGetValue(day, out var rows)) rows = await db.SearchQueries.CountAsync(r => r.Day == day, ct);
                if (rows >= MaxQueriesPerDay) continue;
                rowsByDay[day] = rows + 1;
                db.SearchQueries.Add(new SearchQueryDay { Day = day, Query = query, Count = count, ZeroHits = zeroHits });
            }
            await db.SaveChangesAsync(ct);
        }, ct);

    /// <summary>Removes days older than the retention; part of the scheduled publisher's round.</summary>
    public async Task<int> PurgeAsync(QalamDb db, CancellationToken ct)
    {
        var cutoff = DateOnly.FromDateTime((clock.GetUtcNow() - Retention).UtcDateTime);
        return await db.SearchQueries.Where(r => r.Day < cutoff).ExecuteDeleteAsync(ct);
    }

    public sealed record Line(string Query, int Count, DateOnly LastDay);

    /// <summary>The most searched queries of the last <paramref name="days"/> days, and those that found nothing.</summary>
    public async Task<(IReadOnlyList<Line> Top, IReadOnlyList<Line> ZeroHits)> ReadAsync(QalamDb db, int days, int take, CancellationToken ct)
    {
        await FlushAsync(ct);
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1 - days);
        var recent = db.SearchQueries.AsNoTracking().Where(r => r.Day >= since);
        return (await LinesAsync(recent, take, ct), await LinesAsync(recent.Where(r => r.ZeroHits), take, ct));
    }

    private static async Task<IReadOnlyList<Line>> LinesAsync(IQueryable<SearchQueryDay> rows, int take, CancellationToken ct)
    {
        var lines = await rows.GroupBy(r => r.Query)
            .Select(g => new { Query = g.Key, Count = g.Sum(r => r.Count), LastDay = g.Max(r => r.Day) })
            .OrderByDescending(l => l.Count).ThenBy(l => l.Query).Take(take).ToListAsync(ct);
        return lines.Select(l => new Line(l.Query, l.Count, l.LastDay)).ToList();
    }
}
