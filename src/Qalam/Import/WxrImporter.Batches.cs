using Microsoft.EntityFrameworkCore;
using Qalam.Content;

namespace Qalam.Import;

// What a batch's items will look up one by one, read for the whole batch in two queries.
public sealed partial class WxrImporter
{
    /// <summary>This batch's items: what each became in an earlier run (null: nothing yet). Cleared with the change tracker.</summary>
    private readonly Dictionary<(string Type, string Id), ImportedItem?> _batchImported = [];
    /// <summary>Old addresses of this batch's items whose redirects, if any, are loaded into the context.</summary>
    private readonly HashSet<string> _batchRedirects = new(StringComparer.Ordinal);

    private async Task PrefetchAsync(IReadOnlyList<WxrEntry> entries, CancellationToken ct)
    {
        var items = entries.OfType<WxrItem>().ToList();
        if (items.Count == 0) return;
        var ids = items.Select(i => i.PostId).Distinct().ToList();
        var rows = await db.ImportedItems.Where(i => i.Source == _run.Source && ids.Contains(i.SourceId) && (i.ItemType == "post" || i.ItemType == "attachment"))
            .ToListAsync(ct);
        foreach (var item in items) _batchImported[(ItemTypeOf(item), item.PostId)] = null;
        foreach (var row in rows) _batchImported[(row.ItemType, row.SourceId)] = row;
        var paths = items.SelectMany(i => IsPost(i) ? _prepared.GetValue(i, Prepare).OldPaths : OldAddresses(i).Select(RedirectPaths.Normalize)).Distinct().ToList();
        await db.Redirects.Where(r => paths.Contains(r.FromPath)).LoadAsync(ct);
        _batchRedirects.UnionWith(paths);

        var posts = items.Where(IsPost).ToList();
        if (posts.Count == 0) return;
        // The slugs the posts will ask for (and the forms a taken one turns into), and their terms, read at once.
        var slugs = posts.Select(i => (Item: i, Wanted: _prepared.GetValue(i, Prepare).WantedSlug))
            .SelectMany(s => new[] { s.Wanted, $"{s.Wanted}-{s.Item.PostId}" }).ToList();
        await writer.LookUpSlugsAsync(slugs, ct);
        var terms = posts.SelectMany(i => i.Terms).Select(t => (t.Domain, Slug: TermSlug(t))).Distinct().ToList();
        var categories = terms.Where(t => t.Domain == "category").Select(t => t.Slug).ToList();
        var tags = terms.Where(t => t.Domain == "post_tag").Select(t => t.Slug).ToList();
        if (categories.Count > 0) await db.Categories.Where(c => categories.Contains(c.Slug)).LoadAsync(ct);
        if (tags.Count > 0) await db.Tags.Where(t => tags.Contains(t.Slug)).LoadAsync(ct);
    }

    /// <summary>A post or page the posts pass imports (and the reading thread prepared).</summary>
    internal static bool IsPost(WxrItem item) => item.PostType != "attachment" && SkipReason(item) is null;
}
