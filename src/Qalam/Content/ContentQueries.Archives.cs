using Microsoft.EntityFrameworkCore;

namespace Qalam.Content;

public sealed partial class ContentQueries
{
    /// <summary>
    /// Every archive of the stream with its number of public posts: home, each author, category (with its children's
    /// posts, as its page lists them), tag and month (in the site's time zone). Month archives are linked from nowhere,
    /// and an archive's page count is known only from its size, so whatever lists every public address asks here.
    /// </summary>
    public async Task<IReadOnlyList<(string Path, int Posts)>> ListArchiveSizesAsync(TimeZoneInfo zone, CancellationToken ct = default)
    {
        var stream = Stream();
        var sizes = new List<(string, int)> { ("/", await stream.CountAsync(ct)) };
        var authors = await stream.GroupBy(p => p.Author.Slug).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        sizes.AddRange(authors.Select(a => (Urls.Author(a.Key), a.Count)));
        var tags = await stream.SelectMany(p => p.Tags).GroupBy(t => t.Slug).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        sizes.AddRange(tags.Select(t => (Urls.Tag(t.Key), t.Count)));
        // One count per category: a parent's page also lists its children's posts, once each.
        foreach (var c in await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Slug }).ToListAsync(ct))
        {
            var count = await stream.CountAsync(p => p.Categories.Any(x => x.Id == c.Id || x.ParentId == c.Id), ct);
            if (count > 0) sizes.Add((Urls.Category(c.Slug), count));
        }
        var times = await stream.Select(p => p.PublishedUtc!.Value).ToListAsync(ct);
        sizes.AddRange(times.Select(t => TimeZoneInfo.ConvertTime(t, zone)).GroupBy(t => (t.Year, t.Month)).OrderBy(g => g.Key)
            .Select(g => (Urls.Month(g.Key.Year, g.Key.Month), g.Count())));
        return sizes;
    }

    /// <summary>The languages with public posts in the stream between two instants (a month archive's), whatever the listing language.</summary>
    public async Task<IReadOnlyList<string>> ListLanguagesBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct = default) =>
        await InStream(db.Posts.AsNoTracking()).Where(p => p.PublishedUtc >= fromUtc && p.PublishedUtc < toUtc).Select(p => p.Language).Distinct().ToListAsync(ct);
}
