using Qalam.Import;

namespace Qalam.Tests.Import;

public sealed class WxrTranslationsTests
{
    private static WxrItem Item(string id, string title, IEnumerable<WxrItemTerm>? terms = null, IEnumerable<WxrMeta>? meta = null) =>
        new(id, "post", title, null, null, "huda", "", "", "", "publish", null, false, "0", null, null, null, null, [.. terms ?? []], [.. meta ?? []], []);

    private static WxrItemTerm Language(string code) => new("language", code, code);
    private static WxrItemTerm Group(string slug) => new("post_translations", slug, slug);
    private static WxrMeta[] Wpml(string language, string group) => [new(WxrTranslations.WpmlLanguage, language), new(WxrTranslations.WpmlGroup, group)];

    [Theory]
    [InlineData("ar", "ar")]
    [InlineData("EN", "en")]
    [InlineData("pt_BR", "pt-br")] // a WordPress locale
    [InlineData("zh-hans", "zh-hans")] // WPML's code for Simplified Chinese
    [InlineData("", null)]
    [InlineData("عربي", null)]
    [InlineData("english-united-kingdom", null)] // too long to be a code
    public void A_language_code_is_kept_as_qalam_writes_codes(string text, string? expected) => Assert.Equal(expected, WxrTranslations.CodeOf(text));

    [Fact]
    public void Polylang_groups_come_from_the_items_terms_and_the_groups_descriptions()
    {
        var t = new WxrTranslations();
        t.Add(new WxrTerm("16", "post_translations", "pll_a", "pll_a", null, """a:2:{s:2:"ar";i:12;s:2:"en";i:15;}"""));
        t.Add(new WxrTerm("14", "term_translations", "pll_t", "pll_t", null, """a:2:{s:2:"ar";i:5;s:2:"en";i:9;}"""));
        t.Add(Item("12", "مَرْحَبًا", [Language("ar"), Group("pll_a")]));
        // An item that lost its group term is still in the group its description lists.
        t.Add(Item("15", "Welcome", [Language("en")]));
        t.Resolve("ar");

        Assert.Equal("Polylang", t.Plugin);
        Assert.Equal(["12", "15"], t.Members("pll:pll_a"));
        Assert.Equal("en", t.Of("15")!.Language);
        Assert.Equal(new Dictionary<string, string> { ["5"] = "ar", ["9"] = "en" }, t.TermLanguages);
    }

    [Fact]
    public void A_second_post_of_a_language_leaves_the_group_and_a_group_of_one_is_no_translation()
    {
        var t = new WxrTranslations();
        t.Add(Item("30", "تقرير", meta: Wpml("ar", "43")));
        t.Add(Item("31", "Report", meta: Wpml("en", "43")));
        t.Add(Item("32", "Report (copy)", meta: Wpml("en", "43")));
        t.Add(Item("40", "وحيد", meta: Wpml("ar", "44")));
        t.Resolve("ar");

        Assert.Equal("WPML", t.Plugin);
        Assert.Equal(["30", "31"], t.Members("wpml:43"));
        Assert.Null(t.Of("32")!.Group);
        Assert.Equal(["32"], t.Duplicates.Select(d => d.PostId));
        Assert.Null(t.Of("40")!.Group);
        Assert.Equal(1, t.GroupCount);
    }

    [Fact]
    public void A_post_without_a_language_counts_as_the_default_language_in_its_group()
    {
        var t = new WxrTranslations();
        t.Add(Item("1", "بلا لغة", meta: [new(WxrTranslations.WpmlGroup, "9"), new(WxrTranslations.WpmlLanguage, "")]));
        t.Add(Item("2", "عربي", meta: Wpml("ar", "9")));
        t.Add(Item("3", "English", meta: Wpml("en", "9")));
        t.Resolve("ar");
        Assert.Equal(["1", "3"], t.Members("wpml:9"));
        Assert.Equal(["2"], t.Duplicates.Select(d => d.PostId));
    }

    [Fact]
    public void An_export_without_either_plugin_names_no_languages()
    {
        var t = new WxrTranslations();
        t.Add(new WxrTerm("3", "category", "news", "News", null, null));
        t.Add(Item("1", "خبر", [new WxrItemTerm("category", "news", "News")]));
        t.Resolve("ar");
        Assert.Null(t.Plugin);
        // Nothing is kept for it: the post gets the site's default language.
        Assert.Null(t.Of("1"));
        Assert.Equal(1, t.Unmarked);
    }
}
