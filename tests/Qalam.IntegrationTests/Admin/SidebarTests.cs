using AngleSharp.Dom;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Admin;

/// <summary>The admin sidebar: grouped as editors think, only what the role may use, the current place marked.</summary>
public sealed class SidebarTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static IReadOnlyList<string> Groups(IDocument doc) => doc.Texts(".admin-nav .nav-group-label");

    private static IReadOnlyList<string> Group(IDocument doc, string label) =>
        doc.QuerySelectorAll(".admin-nav .nav-group").First(g => g.QuerySelector(".nav-group-label")!.TextContent.Trim() == label)
            .QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task An_administrator_sees_every_group_in_the_order_editors_think_of_their_work()
    {
        var doc = await (await _factory.SignedInClientAsync(Role.Administrator)).GetDocumentAsync("/admin");

        Assert.Equal(["المحتوى", "الإعدادات", "الأمان"], Groups(doc));
        Assert.Equal(["المقالات", "الصفحات", "البيانات الرسمية", "التزكيات", "الشركاء", "الشفافية", "التعليقات", "التصنيفات", "الوسوم", "ما يبحث عنه القراء", "المرادفات"], Group(doc, "المحتوى"));
        Assert.Equal(["إعدادات الموقع", "استيراد", "الخطافات الشبكية"], Group(doc, "الإعدادات"));
        Assert.Equal(["سجل التدقيق", "رموز الوصول", "الوثائق السرية"], Group(doc, "الأمان"));
        Assert.Equal(["لوحة التحكم", "المحتوى", "الوسائط", "وثائق مقيدة", "الأشخاص", "الإعدادات", "الأمان", "عرض الموقع"],
            doc.QuerySelectorAll(".admin-nav > ul > li").Select(li => (li.QuerySelector(".nav-group-label") ?? li.QuerySelector("a"))!.TextContent.Trim()));
        // The menu button for phones is a <details>: it needs no script to open.
        Assert.Equal("القائمة", doc.QuerySelector("details.admin-menu > summary")!.TextContent.Trim());
        Assert.Equal("/admin/account", doc.QuerySelector("header .account a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_contributor_sees_only_what_they_may_use()
    {
        var doc = await (await _factory.SignedInClientAsync(Role.Contributor)).GetDocumentAsync("/admin");

        var links = doc.Texts(".admin-nav a");
        Assert.Equal(["لوحة التحكم", "المقالات", "وثائق مقيدة", "عرض الموقع"], links);
        Assert.Equal(["المحتوى"], Groups(doc));
    }

    [Fact]
    public async Task An_editor_sees_content_but_not_people_settings_or_security()
    {
        var doc = await (await _factory.SignedInClientAsync(Role.Editor)).GetDocumentAsync("/admin");

        Assert.Equal(["المحتوى"], Groups(doc));
        Assert.Contains("الصفحات", doc.Texts(".admin-nav a"));
        Assert.DoesNotContain("الأشخاص", doc.Texts(".admin-nav a"));
        Assert.DoesNotContain("سجل التدقيق", doc.Texts(".admin-nav a"));
    }

    [Theory]
    [InlineData("/admin", "لوحة التحكم")]
    [InlineData("/admin/posts", "المقالات")]
    [InlineData("/admin/posts?Kind=Page", "الصفحات")]
    [InlineData("/admin/posts/new", "المقالات")]
    [InlineData("/admin/organisation/statements", "البيانات الرسمية")]
    [InlineData("/admin/settings", "إعدادات الموقع")]
    [InlineData("/admin/audit", "سجل التدقيق")]
    public async Task The_current_place_is_marked_and_only_it(string url, string current)
    {
        var doc = await (await _factory.SignedInClientAsync(Role.Administrator)).GetDocumentAsync(url);

        Assert.Equal([current], doc.Texts(".admin-nav a[aria-current=page]"));
    }

    [Fact]
    public async Task Pages_lead_to_the_post_list_of_pages_only()
    {
        var client = await _factory.SignedInClientAsync(Role.Editor);
        var href = (await client.GetDocumentAsync("/admin")).QuerySelectorAll(".admin-nav a").First(a => a.TextContent.Trim() == "الصفحات").GetAttribute("href")!;

        var list = await client.GetDocumentAsync(href);

        Assert.Equal("/admin/posts?Kind=Page", href);
        Assert.Equal("Page", list.QuerySelector("select[name=Kind] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task My_account_is_marked_in_the_header_when_open()
    {
        var doc = await (await _factory.SignedInClientAsync(Role.Author)).GetDocumentAsync("/admin/account");

        Assert.Equal("page", doc.QuerySelector("header .account a[href='/admin/account']")!.GetAttribute("aria-current"));
        Assert.Empty(doc.QuerySelectorAll(".admin-nav a[aria-current]"));
    }
}
