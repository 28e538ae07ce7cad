using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

/// <summary>People, settings and the audit log are for administrators only: by URL and by form post, whatever the interface shows.</summary>
public sealed class RoleAccessTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    public static TheoryData<Role?> NonAdministrators => new() { null, Role.Contributor, Role.Author, Role.Editor };

    private async Task<(HttpClient Client, string Token)> ClientAsync(Role? role)
    {
        var client = role is { } r ? await _factory.SignedInClientAsync(r) : _factory.CreateBrowserlessClient();
        // Any page's token is valid for the whole session: the refused posts below carry a real one.
        var token = (await client.GetDocumentAsync(role is null ? "/admin/sign-in" : "/admin/account")).Token();
        return (client, token);
    }

    private static string[] Pages(int personId) =>
        ["/admin/people", "/admin/people/add", $"/admin/people/{personId}", "/admin/settings", "/admin/audit", "/admin/tokens", "/admin/webhooks"];

    private static (string Url, Dictionary<string, string> Fields)[] Posts(int personId) =>
    [
        ("/admin/people/add", AccountSteps.Fields(("Email", "intruder@example.org"), ("DisplayName", "دخيل"), ("Role", "Administrator"))),
        ($"/admin/people/{personId}?handler=Role", AccountSteps.Fields(("Role", "Administrator"))),
        ($"/admin/people/{personId}?handler=Active", AccountSteps.Fields(("active", "false"))),
        ($"/admin/people/{personId}?handler=Profile", AccountSteps.Fields(("Profile.DisplayName", "مخترق"), ("Profile.UiLanguage", "ar"))),
        ($"/admin/people/{personId}?handler=ResetLink", AccountSteps.Fields()),
        ("/admin/settings", SettingsTests.Valid("0", ("Form.Name", "مخترق"), ("Form.RequireTwoFactorForStaff", "false"))),
        ("/admin/audit", AccountSteps.Fields()),
        // A webhook would send every publication to an address of the caller's choosing.
        ("/admin/webhooks?handler=Create", AccountSteps.Fields(("Address", "https://example.org/hook"), ("Events", "post.published"))),
    ];

    private Task<int> TargetIdAsync() => _factory.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task Others_are_refused_every_administrator_page_by_url(Role? role)
    {
        var (client, _) = await ClientAsync(role);
        foreach (var url in Pages(await TargetIdAsync()))
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(role is null ? "/admin/sign-in" : "/admin/denied", response.Location());
        }
    }

    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task Others_are_refused_every_administrator_form_post_and_nothing_changes(Role? role)
    {
        var (client, token) = await ClientAsync(role);
        var targetId = await TargetIdAsync();
        var before = await SnapshotAsync(targetId);
        foreach (var (url, fields) in Posts(targetId))
        {
            fields[Forms.TokenField] = token;
            var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(role is null ? "/admin/sign-in" : "/admin/denied", response.Location());
        }
        Assert.Equal(before, await SnapshotAsync(targetId));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Webhooks.CountAsync()));
    }

    [Fact]
    public async Task The_denied_page_answers_403_in_arabic()
    {
        var (client, _) = await ClientAsync(Role.Editor);
        var response = await client.GetAsync((await client.GetAsync("/admin/settings")).Location());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("غير مسموح", (await response.ReadDocumentAsync()).QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public async Task An_administrator_opens_every_page_and_sees_them_in_the_menu()
    {
        var (client, _) = await ClientAsync(Role.Administrator);
        foreach (var url in Pages(await TargetIdAsync()))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
        var menu = (await client.GetDocumentAsync("/admin")).Texts(".admin-nav a");
        Assert.Contains("الأشخاص", menu);
        Assert.Contains("إعدادات الموقع", menu);
        Assert.Contains("سجل التدقيق", menu);
    }

    [Fact]
    public async Task An_editor_does_not_see_the_administrator_menu_entries_but_sees_their_account()
    {
        var (client, _) = await ClientAsync(Role.Editor);
        var doc = await client.GetDocumentAsync("/admin");
        var menu = doc.Texts(".admin-nav a");
        Assert.DoesNotContain("الأشخاص", menu);
        Assert.DoesNotContain("سجل التدقيق", menu);
        Assert.Contains("حسابي", doc.Texts("header .account a"));
    }

    private Task<string> SnapshotAsync(int targetId) => _factory.WithDbAsync(async db =>
    {
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Role}:{p.IsActive}:{p.DisplayName}:{p.SecurityStamp}").ToListAsync();
        var settings = await db.Settings.AsNoTracking().SingleAsync();
        var audit = await db.Audit.CountAsync(e => e.Action != "sign-in");
        return $"{string.Join('|', people)} / {settings.Version}:{settings.Name} / {audit}";
    });
}
