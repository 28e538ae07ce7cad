using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Admin;

/// <summary>The menu editor in the settings, used without script, and the public header it builds.</summary>
public sealed class MenuEditorTests : IDisposable
{
    private const string Settings = "/admin/settings";
    private const string Form = "form.settings";
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(string PageUrl, string CategoryUrl)> SeedAsync(Editorial.Editorial.Person editor)
    {
        var page = await _factory.AddPostAsync(editor.Id, "من نحن", PostStatus.Published);
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            (await db.Posts.FindAsync(page))!.Kind = PostKind.Page;
            await sp.GetRequiredService<PostWriter>().FindOrCreateCategoryAsync("أخبار ليبيا", "libya");
            await db.SaveChangesAsync();
        });
        return (Urls.Post((await _factory.PostAsync(page)).Slug), "/category/libya");
    }

    /// <summary>The public header's menu: each top-level label with the labels under it.</summary>
    private async Task<IReadOnlyList<(string Label, string Sub)>> HeaderAsync()
    {
        var home = await _factory.CreateClient().GetDocumentAsync("/");
        return home.QuerySelectorAll(".site-nav ul.nav > li").Select(li => (li.QuerySelector("a")!.TextContent.Trim(),
            string.Join("/", li.QuerySelectorAll(".subnav a").Select(a => a.TextContent.Trim())))).ToList();
    }

    private static IReadOnlyList<IElement> Rows(IDocument doc) => doc.QuerySelectorAll(".menu-row").ToList();

    private static string Index(IElement row) => row.QuerySelector("input[type=hidden]")!.GetAttribute("name")!.Split('[', ']')[1];

    [Fact]
    public async Task Items_are_added_ordered_nested_reordered_and_removed_and_the_header_follows()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        var (pageUrl, categoryUrl) = await SeedAsync(admin);
        var empty = await admin.Client.GetDocumentAsync(Settings);
        Assert.Equal(3, Rows(empty).Count);
        Assert.Equal("ltr", empty.QuerySelector("input[name='Form.Menu[0].Url']")!.GetAttribute("dir"));

        var added = await admin.Client.SubmitAsync(empty, Settings, new Dictionary<string, string>
        {
            ["Form.Menu[0].Kind"] = "Page", ["Form.Menu[0].Target"] = pageUrl, ["Form.Menu[0].Order"] = "20",
            ["Form.Menu[1].Kind"] = "Archive", ["Form.Menu[1].Target"] = "/statements", ["Form.Menu[1].Label"] = "البيانات", ["Form.Menu[1].Order"] = "10",
            ["Form.Menu[2].Kind"] = "Category", ["Form.Menu[2].Target"] = categoryUrl, ["Form.Menu[2].Order"] = "10", ["Form.Menu[2].Parent"] = "n2",
        }, Form);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal([("الرئيسية", ""), ("البيانات", "أخبار ليبيا"), ("من نحن", "")], await HeaderAsync());

        // Saved items come back as rows (top-level item, its sub-item, the next item), then three empty rows.
        var saved = await admin.Client.GetDocumentAsync(Settings);
        Assert.Equal(6, Rows(saved).Count);
        Assert.Equal(["البيانات", "أخبار ليبيا", "من نحن", "", "", ""], Rows(saved).Select(r => r.QuerySelector("input[name$='.Label']")!.GetAttribute("value") ?? ""));
        var reordered = await admin.Client.SubmitAsync(saved, Settings, new Dictionary<string, string>
        {
            ["Form.Menu[1].Remove"] = "true",
            ["Form.Menu[2].Order"] = "5",
            ["Form.Menu[3].Kind"] = "Custom", ["Form.Menu[3].Url"] = "https://example.org/donate", ["Form.Menu[3].Label"] = "تبرّع", ["Form.Menu[3].Order"] = "30",
        }, Form);
        Assert.Equal(HttpStatusCode.Redirect, reordered.StatusCode);
        Assert.Equal([("الرئيسية", ""), ("من نحن", ""), ("البيانات", ""), ("تبرّع", "")], await HeaderAsync());
    }

    [Fact]
    public async Task Categories_can_be_left_out_of_the_menu_and_stay_in_the_editor()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        var (_, categoryUrl) = await SeedAsync(admin);
        await admin.Client.SubmitAsync(Settings, new Dictionary<string, string>
        {
            ["Form.Menu[0].Kind"] = "Category", ["Form.Menu[0].Target"] = categoryUrl, ["Form.Menu[0].Order"] = "10",
            ["Form.Menu[1].Kind"] = "Archive", ["Form.Menu[1].Target"] = "/endorsements", ["Form.Menu[1].Order"] = "20",
        }, Form);
        Assert.Equal([("الرئيسية", ""), ("أخبار ليبيا", ""), ("التزكيات", "")], await HeaderAsync());

        var hidden = await admin.Client.SubmitAsync(Settings, new Dictionary<string, string> { ["Form.HideMenuCategories"] = "true" }, Form);

        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal([("الرئيسية", ""), ("التزكيات", "")], await HeaderAsync());
        var editor = await admin.Client.GetDocumentAsync(Settings);
        Assert.True(editor.QuerySelector("#hide-categories")!.HasAttribute("checked"));
        Assert.Equal(categoryUrl, editor.QuerySelector("select[name='Form.Menu[0].Target'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_menu_stored_as_lines_is_shown_as_rows_and_kept_when_saved_again()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        await _factory.ChangeSettingsAsync(s => s.MenuLinks = "عن المؤسسة|/about\nالبيانات|/statements\nالأخبار|/category/news");

        var doc = await admin.Client.GetDocumentAsync(Settings);
        var rows = Rows(doc).Take(3).Select(r => (r.QuerySelector("select[name$='.Kind'] option[selected]")!.GetAttribute("value"),
            r.QuerySelector("input[name$='.Label']")!.GetAttribute("value"))).ToList();
        // "news" is no category of this site: the row keeps its address as a custom link rather than losing it.
        Assert.Equal([("Custom", "عن المؤسسة"), ("Archive", "البيانات"), ("Custom", "الأخبار")], rows);
        Assert.Equal([("الرئيسية", ""), ("عن المؤسسة", ""), ("البيانات", ""), ("الأخبار", "")], await HeaderAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync(doc, Settings, null, Form)).StatusCode);
        Assert.Equal([("الرئيسية", ""), ("عن المؤسسة", ""), ("البيانات", ""), ("الأخبار", "")], await HeaderAsync());
        Assert.StartsWith("{", await _factory.WithDbAsync(db => db.Settings.Select(s => s.MenuLinks).SingleAsync()));
    }

    [Fact]
    public async Task Several_bad_items_are_named_in_one_line_joined_as_each_language_writes_lists()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        var bad = new Dictionary<string, string>
        {
            ["Form.Menu[0].Kind"] = "Custom", ["Form.Menu[0].Label"] = "خطر", ["Form.Menu[0].Url"] = "javascript:alert(1)",
            ["Form.Menu[1].Kind"] = "Custom", ["Form.Menu[1].Label"] = "بلا رابط",
        };

        var arabic = await (await admin.Client.SubmitAsync(Settings, bad, Form)).ReadDocumentAsync();
        Assert.Contains("القائمة: العناصر 1، 2 بلا وجهة صالحة", string.Join(" ", arabic.Texts(".error")));
        Assert.Equal("خطر", arabic.QuerySelector("input[name='Form.Menu[0].Label']")!.GetAttribute("value"));

        await admin.Client.PostFormAsync("/admin", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/admin" },
            postUrl: "/admin/language", formSelector: "form[action='/admin/language']");
        var english = await (await admin.Client.SubmitAsync(Settings, bad, Form)).ReadDocumentAsync();
        Assert.Contains("Menu: items 1, 2 have no valid destination", string.Join(" ", english.Texts(".error")));
    }
}
