using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// What readers search for, counted per normalised query and day so editors can see what they look for and what finds
/// nothing. Nothing that names a reader is kept; rows older than <see cref="Retention"/> are purged.
/// </summary>
public sealed class QueryLog(TimeProvider clock)
{
    public const int MaxQueryLength = 100;
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    // A bound on new rows per day, so a crawler typing random queries cannot grow the table without limit; queries
    // already counted that day still count.
    private const int MaxQueriesPerDay = 5000;

    /// <summary>The form a query is counted under: folded as the index folds it, spaces collapsed, bounded.</summary>
    public static string Normalize(string q)
    {
        var folded = string.Join(' ', ArabicText.Normalize(q).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return folded.Length <= MaxQueryLength ? folded : folded[..MaxQueryLength];
    }

    public async Task RecordAsync(QalamDb db, string q, bool zeroHits, CancellationToken ct)
    {
        var query = Normalize(q);
        if (query.Length == 0) return;
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (await CountAsync(db, day, query, zeroHits, ct) > 0) return;
        if (await db.SearchQueries.CountAsync(r => r.Day == day, ct) >= MaxQueriesPerDay) return;
        db.SearchQueries.Add(new SearchQueryDay { Day = day, Query = query, Count = 1, ZeroHits = zeroHits });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request added the same query meanwhile: count on its row.
            db.ChangeTracker.Clear();
            await CountAsync(db, day, query, zeroHits, ct);
        }
    }

    private static Task<int> CountAsync(QalamDb db, DateOnly day, string query, bool zeroHits, CancellationToken ct) =>
        db.SearchQueries.Where(r => r.Day == day && r.Query == query)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Count, r => r.Count + 1).SetProperty(r => r.ZeroHits, zeroHits), ct);

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
