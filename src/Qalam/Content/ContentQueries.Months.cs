using Microsoft.EntityFrameworkCore;

namespace Qalam.Content;

public sealed partial class ContentQueries
{
    /// <summary>The months, in the site's time zone, that have public posts in the stream: the month archives that exist.</summary>
    public async Task<IReadOnlyList<(int Year, int Month)>> ListMonthsAsync(TimeZoneInfo zone, CancellationToken ct = default)
    {
        var times = await Stream().Select(p => p.PublishedUtc!.Value).ToListAsync(ct);
        return times.Select(t => TimeZoneInfo.ConvertTime(t, zone)).Select(t => (t.Year, t.Month)).Distinct().Order().ToList();
    }
}
