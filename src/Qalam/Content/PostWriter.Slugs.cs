using Microsoft.EntityFrameworkCore;

namespace Qalam.Content;

public sealed partial class PostWriter
{
    /// <summary>Slugs looked up ahead for a batch (<see cref="LookUpSlugsAsync"/>): each one's owner in the database, 0 when free.</summary>
    private Dictionary<string, int>? _slugOwners;

    /// <summary>Slugs given in this batch to posts written in bulk (<see cref="Bulk"/>), which the change tracker does not hold.</summary>
    private readonly Dictionary<string, Post> _givenInBulk = new(StringComparer.Ordinal);

    /// <summary>The slug a post would get before it is made unique: the one asked for, normalised, or one made from its title.</summary>
    public static string WantedSlug(string title, string? requested, bool transliterate = false)
    {
        var wanted = string.IsNullOrWhiteSpace(requested) ? Slug.FromText(title, transliterate) : Slug.FromText(Slug.Normalize(requested));
        return wanted.Length == 0 ? "post" : wanted;
    }

    /// <summary>
    /// Reads in one query which of these slugs saved posts hold, so a batch that gives many posts their slugs (an import)
    /// does not ask the database once a post. Good until <see cref="ForgetSlugs"/>, which the batch calls when it ends:
    /// the answers are the database's as it was, and the posts added since are checked among the tracked ones.
    /// </summary>
    public async Task LookUpSlugsAsync(IReadOnlyCollection<string> slugs, CancellationToken ct)
    {
        var owners = slugs.Distinct(StringComparer.Ordinal).ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        var keys = owners.Keys.ToList();
        foreach (var taken in await db.Posts.AsNoTracking().Where(p => keys.Contains(p.Slug)).Select(p => new { p.Slug, p.Id }).ToListAsync(ct))
        {
            owners[taken.Slug] = taken.Id;
        }
        _slugOwners = owners;
    }

    public void ForgetSlugs()
    {
        _slugOwners = null;
        _givenInBulk.Clear();
    }

    private async Task<bool> SlugTakenAsync(string slug, Post post, CancellationToken ct)
    {
        if (_givenInBulk.TryGetValue(slug, out var given) && !ReferenceEquals(given, post)) return true;
        if (db.Posts.Local.Any(p => !ReferenceEquals(p, post) && p.Slug == slug)) return true;
        if (_slugOwners is not null && _slugOwners.TryGetValue(slug, out var owner)) return owner != 0 && owner != post.Id;
        return await db.Posts.AnyAsync(p => p.Slug == slug && p.Id != post.Id, ct);
    }
}
