using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Settings;

/// <summary>
/// Turns the menu editor's rows into the stored menu: each row checked against the pages, categories and archives
/// that exist (or a safe custom address), parents resolved to one level, items sorted by their numbers.
/// </summary>
public sealed class MenuBuilder(IReadOnlyDictionary<MenuItemKind, IReadOnlyDictionary<string, string>> targets)
{
    /// <summary>The problems found, each with the 1-based numbers of the rows it concerns.</summary>
    public sealed record Problem(string Key, IReadOnlyList<int> Rows);

    public IReadOnlyDictionary<string, string> TargetsOf(MenuItemKind kind) => targets.GetValueOrDefault(kind) ?? new Dictionary<string, string>();

    /// <summary>Published pages, categories, and the site's archives (named by <paramref name="archiveName"/>), by address.</summary>
    public static async Task<MenuBuilder> LoadAsync(QalamDb db, Func<string, string> archiveName, CancellationToken ct)
    {
        var pages = await db.Posts.AsNoTracking().Where(p => p.Kind == PostKind.Page && p.Status == PostStatus.Published)
            .OrderBy(p => p.Title).Select(p => new { p.Slug, p.Title }).ToListAsync(ct);
        var categories = (await CategoryTreeRows(db, ct)).ToList();
        return new MenuBuilder(new Dictionary<MenuItemKind, IReadOnlyDictionary<string, string>>
        {
            [MenuItemKind.Page] = Distinct(pages.Select(p => (Urls.Post(p.Slug), p.Title))),
            [MenuItemKind.Category] = Distinct(categories),
            [MenuItemKind.Archive] = Distinct(SiteMenu.Archives.Select(a => (a, archiveName(a)))),
        });
    }

    private static async Task<IEnumerable<(string, string)>> CategoryTreeRows(QalamDb db, CancellationToken ct) =>
        (await db.Categories.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Slug, c.Name }).ToListAsync(ct)).Select(c => (Urls.Category(c.Slug), c.Name));

    private static Dictionary<string, string> Distinct(IEnumerable<(string Url, string Name)> items)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (url, name) in items) d.TryAdd(url, name);
        return d;
    }

    public (SiteMenu Menu, IReadOnlyList<Problem> Problems) Build(IReadOnlyList<MenuRow> rows, bool hideCategories)
    {
        var address = new List<int>();
        var label = new List<int>();
        var parent = new List<int>();
        var kept = new List<(MenuRow Row, int Number, MenuItem Item)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Remove || row.IsBlank) continue;
            var url = Resolve(row);
            if (url is null) { address.Add(i + 1); continue; }
            var text = string.IsNullOrWhiteSpace(row.Label) ? TargetsOf(row.Kind).GetValueOrDefault(url) : row.Label.Trim();
            if (string.IsNullOrEmpty(text) || text.Length > 100) { label.Add(i + 1); continue; }
            kept.Add((row, i + 1, new MenuItem(row.Kind, text, url)));
        }
        var keys = kept.ToDictionary(k => k.Row.Key, k => k, StringComparer.Ordinal);
        // Removing an item brings its sub-items up to the top level, as WordPress does, rather than losing them.
        var removed = rows.Where(r => r.Remove).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        bool IsTop((MenuRow Row, int, MenuItem) k) => string.IsNullOrEmpty(k.Row.Parent) || removed.Contains(k.Row.Parent);
        foreach (var k in kept.Where(k => !IsTop(k)))
        {
            // One level: the parent must be kept, and itself at the top.
            if (!keys.TryGetValue(k.Row.Parent!, out var p) || !IsTop(p) || p.Row.Key == k.Row.Key) parent.Add(k.Number);
        }
        var problems = new List<Problem>();
        if (address.Count > 0) problems.Add(new("MenuAddressInvalid", address));
        if (label.Count > 0) problems.Add(new("MenuLabelInvalid", label));
        if (parent.Count > 0) problems.Add(new("MenuParentInvalid", parent));
        var items = kept.Where(IsTop).OrderBy(k => k.Row.Order).ThenBy(k => k.Number)
            .Select(top => top.Item with
            {
                Children = kept.Where(c => !IsTop(c) && c.Row.Parent == top.Row.Key).OrderBy(c => c.Row.Order).ThenBy(c => c.Number).Select(c => c.Item).ToList(),
            }).ToList();
        return (new SiteMenu(items, hideCategories), problems);
    }

    /// <summary>The row's address: one of the existing targets of its kind, or a safe custom one.</summary>
    private string? Resolve(MenuRow row)
    {
        if (row.Kind == MenuItemKind.Custom)
        {
            var url = (row.Url ?? "").Trim();
            return Accounts.LinkLines.IsSafeUrl(url) ? url : null;
        }
        return row.Target is { } t && Enum.IsDefined(row.Kind) && TargetsOf(row.Kind).ContainsKey(t) ? t : null;
    }
}
