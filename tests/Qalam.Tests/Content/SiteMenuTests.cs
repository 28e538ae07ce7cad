using Qalam.Content;

namespace Qalam.Tests.Content;

public sealed class SiteMenuTests
{
    private static IEnumerable<(MenuItemKind, string, string, string)> Shape(IReadOnlyList<MenuItem> items) =>
        items.Select(i => (i.Kind, i.Label, i.Url, string.Join("/", i.Children.Select(c => c.Label))));

    [Theory]
    [InlineData("عن المؤسسة|/about", MenuItemKind.Custom, "an older menu's plain link")]
    [InlineData("الأخبار|/category/news", MenuItemKind.Category, "an older menu's category address")]
    [InlineData("البيانات|/statements/", MenuItemKind.Archive, "an archive, trailing slash and all")]
    public void Older_label_url_lines_are_read_as_top_level_items(string line, MenuItemKind kind, string reason)
    {
        var item = Assert.Single(SiteMenu.Parse(line).Items);
        Assert.True(item.Kind == kind, reason);
    }

    [Fact]
    public void A_menu_with_sub_items_survives_storing_and_reading()
    {
        var menu = new SiteMenu([
            new MenuItem(MenuItemKind.Archive, "البيانات", "/statements") { Children = [new MenuItem(MenuItemKind.Category, "أخبار ليبيا", "/category/libya")] },
            new MenuItem(MenuItemKind.Custom, "تبرّع", "https://example.org/donate"),
        ], HideCategories: true);

        var stored = menu.Store();
        var read = SiteMenu.Parse(stored);

        Assert.Contains("البيانات", stored);
        Assert.True(read.HideCategories);
        Assert.Equal(Shape(menu.Items), Shape(read.Items));
    }

    [Fact]
    public void Readers_see_neither_hidden_categories_nor_unsafe_addresses()
    {
        var menu = new SiteMenu([
            new MenuItem(MenuItemKind.Archive, "البيانات", "/statements") { Children = [new MenuItem(MenuItemKind.Category, "أخبار ليبيا", "/category/libya")] },
            new MenuItem(MenuItemKind.Category, "تقنية", "/category/tech"),
            new MenuItem(MenuItemKind.Custom, "خطر", "javascript:alert(1)"),
        ], HideCategories: true);

        Assert.Equal([(MenuItemKind.Archive, "البيانات", "/statements", "")], Shape(menu.Visible()));
        Assert.Equal(2, Shape((menu with { HideCategories = false }).Visible()).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    public void Nothing_or_a_damaged_value_is_an_empty_menu(string? stored) => Assert.Empty(SiteMenu.Parse(stored).Items);
}
