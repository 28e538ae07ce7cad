using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qalam.Content;

/// <summary>What a menu item points at; the address is kept with it (a moved page leaves a redirect behind).</summary>
public enum MenuItemKind
{
    Custom,
    Page,
    Category,
    Archive,
}

/// <summary>One item of the public menu, with its sub-items (one level).</summary>
public sealed record MenuItem(MenuItemKind Kind, string Label, string Url)
{
    public IReadOnlyList<MenuItem> Children { get; init; } = [];
}

/// <summary>
/// The public menu as the settings store it, in the settings' existing text column: JSON since the menu editor, or the
/// older "label|url" lines, which are still read (each line a top-level item) so a site keeps its menu until saved again.
/// </summary>
public sealed record SiteMenu(IReadOnlyList<MenuItem> Items, bool HideCategories = false)
{
    /// <summary>The site-wide lists the menu can point at, beside pages and categories.</summary>
    public static readonly IReadOnlyList<string> Archives = ["/statements", "/endorsements", "/partners", "/transparency"];

    public static readonly SiteMenu Empty = new([]);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Arabic labels stay readable in the column; the JSON is never written into HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The items readers see: categories left out when the editors chose so, unsafe addresses never.</summary>
    public IReadOnlyList<MenuItem> Visible() => Keep(Items);

    private List<MenuItem> Keep(IReadOnlyList<MenuItem> items) =>
        items.Where(i => !(HideCategories && i.Kind == MenuItemKind.Category) && Accounts.LinkLines.IsSafeUrl(i.Url))
            .Select(i => i with { Children = Keep(i.Children) }).ToList();

    public static SiteMenu Parse(string? stored)
    {
        var text = (stored ?? "").Trim();
        if (text.StartsWith('{'))
        {
            try
            {
                var menu = JsonSerializer.Deserialize<Stored>(text, Json);
                return menu is null ? Empty : new SiteMenu(menu.Items?.Select(Read).ToList() ?? [], menu.HideCategories);
            }
            catch (JsonException)
            {
                return Empty;
            }
        }
        return new SiteMenu(Accounts.LinkLines.Parse(text).Links.Select(l => new MenuItem(Guess(l.Url), l.Label, l.Url)).ToList());
    }

    public string? Store() => Items.Count == 0 && !HideCategories ? null
        : JsonSerializer.Serialize(new Stored(Items.Select(Write).ToList(), HideCategories), Json);

    /// <summary>What an address in an old menu most likely is: it decides which list the editor shows it in.</summary>
    public static MenuItemKind Guess(string url) =>
        url.StartsWith("/category/", StringComparison.Ordinal) ? MenuItemKind.Category
        : Archives.Contains(url.TrimEnd('/')) ? MenuItemKind.Archive
        : MenuItemKind.Custom;

    private static MenuItem Read(StoredItem i) =>
        new(i.Kind, i.Label ?? "", i.Url ?? "") { Children = i.Children?.Select(c => new MenuItem(c.Kind, c.Label ?? "", c.Url ?? "")).ToList() ?? [] };

    private static StoredItem Write(MenuItem i) =>
        new(i.Kind, i.Label, i.Url, i.Children.Count == 0 ? null : i.Children.Select(Write).ToList());

    private sealed record Stored(List<StoredItem>? Items, bool HideCategories);

    private sealed record StoredItem(MenuItemKind Kind, string? Label, string? Url,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<StoredItem>? Children);
}
