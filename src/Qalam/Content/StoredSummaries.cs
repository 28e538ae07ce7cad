using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// Posts saved before teasers and reading times were stored get them once, at start-up. A post that has them has a
/// reading time of at least one minute, so zero marks one still to do; a partial index keeps the check free.
/// </summary>
public static class StoredSummaries
{
    public static async Task BackfillAsync(QalamDb db, CancellationToken ct)
    {
        while (true)
        {
            var batch = await db.Posts.AsNoTracking().Where(p => p.ReadingMinutes == 0).OrderBy(p => p.Id).Take(500)
                .Select(p => new { p.Id, p.Excerpt, p.BodyHtml }).ToListAsync(ct);
            if (batch.Count == 0) return;
            await db.InTransactionAsync(async () =>
            {
                foreach (var p in batch)
                {
                    var text = PostBody.ToText(p.BodyHtml);
                    var teaser = string.IsNullOrWhiteSpace(p.Excerpt) ? PostBody.Shorten(text) : p.Excerpt;
                    var minutes = PostBody.ReadingMinutes(text);
                    // Not a change readers see (the pages show the same teaser), so it goes around the change feed.
                    await db.Posts.Where(x => x.Id == p.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Teaser, teaser).SetProperty(x => x.ReadingMinutes, minutes), ct);
                }
            }, ct);
        }
    }
}
