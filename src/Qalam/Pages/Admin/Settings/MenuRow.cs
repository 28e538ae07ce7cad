using Qalam.Content;

namespace Qalam.Pages.Admin.Settings;

/// <summary>
/// One row of the menu editor as the form sends it. Existing items and a few empty rows are all rows of the same form,
/// so adding, reordering, nesting and removing need no script: numbers, a parent choice and a checkbox.
/// </summary>
public sealed class MenuRow
{
    /// <summary>Names the row for the other rows' parent choice (m1, m2… for saved items, n1, n2… for empty rows).</summary>
    public string Key { get; set; } = "";
    public MenuItemKind Kind { get; set; }
    public string? Label { get; set; }
    /// <summary>The chosen page, category or archive (its address); the custom address is in <see cref="Url"/>.</summary>
    public string? Target { get; set; }
    public string? Url { get; set; }
    public int Order { get; set; }
    /// <summary>The key of the top-level item this one sits under, or empty.</summary>
    public string? Parent { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Target) && string.IsNullOrWhiteSpace(Url);

    public const int EmptyRows = 3;

    /// <summary>The stored menu as rows, numbered in steps of ten (room to slot an item between two), then the empty rows.</summary>
    public static List<MenuRow> From(SiteMenu menu)
    {
        var rows = new List<MenuRow>();
        var n = 0;
        foreach (var (item, i) in menu.Items.Select((x, i) => (x, i)))
        {
            var key = $"m{++n}";
            rows.Add(Row(item, key, (i + 1) * 10, null));
            foreach (var (child, j) in item.Children.Select((x, j) => (x, j))) rows.Add(Row(child, $"m{++n}", (j + 1) * 10, key));
        }
        var next = (menu.Items.Count + 1) * 10;
        for (var i = 1; i <= EmptyRows; i++) rows.Add(new MenuRow { Key = $"n{i}", Kind = MenuItemKind.Page, Order = next + (i - 1) * 10 });
        return rows;
    }

    private static MenuRow Row(MenuItem item, string key, int order, string? parent) => new()
    {
        Key = key, Kind = item.Kind, Label = item.Label, Order = order, Parent = parent,
        Target = item.Kind == MenuItemKind.Custom ? null : item.Url,
        Url = item.Kind == MenuItemKind.Custom ? item.Url : null,
    };
}
