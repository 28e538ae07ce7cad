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
        var paths = items.SelectMany(OldAddresses).Select(RedirectPaths.Normalize).Distinct().ToList();
        await db.Redirects.Where(r => paths.Contains(r.FromPath)).LoadAsync(ct);
        _batchRedirects.UnionWith(paths);
    }
}
