using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

/// <remarks>
/// The refusals share one app and one signed-in administrator: each compares the stored settings before and after its
/// own post, so a save that got through still fails its own test. The checks that save keep an app of their own.
/// </remarks>
public sealed class SettingsTests(SettingsTests.Site site) : IClassFixture<SettingsTests.Site>, IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    /// <summary>A complete, valid settings form as the page would send it, with some fields changed.</summary>
    public static Dictionary<string, string> Valid(string version, params (string Key, string Value)[] changes)
    {
        var fields = AccountSteps.Fields(
            ("Form.Version", version), ("Form.Name", "المؤسسة الليبية للتقنية"), ("Form.Tagline", "تقنية من أجل الناس"),
            ("Form.TimeZone", "Africa/Tripoli"), ("Form.Digits", "Western"),
            ("Form.PostsPerPage", "10"),
            ("Form.Menu[0].Key", "n1"), ("Form.Menu[0].Kind", "Custom"), ("Form.Menu[0].Label", "عن المؤسسة"), ("Form.Menu[0].Url", "/about"), ("Form.Menu[0].Order", "10"),
            ("Form.Menu[1].Key", "n2"), ("Form.Menu[1].Kind", "Archive"), ("Form.Menu[1].Label", "البيانات"), ("Form.Menu[1].Target", "/statements"), ("Form.Menu[1].Order", "20"),
            ("Form.SocialLinks", "Facebook|https://facebook.com/example"), ("Form.SignatureBlock", "المؤسسة الليبية للتقنية\nطرابلس"));
        foreach (var (key, value) in changes) fields[key] = value;
        return fields;
    }

    private static async Task<string> VersionAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/admin/settings")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;

    private Task<SiteSettings> StoredAsync() => StoredAsync(_factory);

    private static Task<SiteSettings> StoredAsync(QalamFactory factory) => factory.WithDbAsync(db => db.Settings.AsNoTracking().SingleAsync());

    [Fact]
    public async Task An_administrator_saves_every_setting_and_the_change_is_audited()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var response = await admin.PostFormAsync("/admin/settings", Valid(await VersionAsync(admin),
            ("Form.TimeZone", "Europe/Berlin"), ("Form.Digits", "ArabicIndic"), ("Form.PostsPerPage", "7"),
            ("Form.ArchivesShowFullText", "true"), ("Form.TransliterateSlugs", "true")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var s = await StoredAsync();
        Assert.Equal(("المؤسسة الليبية للتقنية", "Europe/Berlin", DigitStyle.ArabicIndic, 7), (s.Name, s.TimeZone, s.Digits, s.PostsPerPage));
        Assert.True(s.ArchivesShowFullText && s.TransliterateSlugs && !s.RequireTwoFactorForStaff);
        Assert.Equal([(MenuItemKind.Custom, "عن المؤسسة", "/about", 0), (MenuItemKind.Archive, "البيانات", "/statements", 0)],
            SiteMenu.Parse(s.MenuLinks).Items.Select(i => (i.Kind, i.Label, i.Url, i.Children.Count)));
        var entry = Assert.Single(await _factory.AuditAsync("settings-changed"));
        Assert.Contains("TimeZone", entry.Details);
        Assert.NotNull(entry.ActorId);
        var page = await admin.GetDocumentAsync("/admin/settings");
        Assert.Equal("حُفظت الإعدادات.", page.QuerySelector(".flash")!.TextContent.Trim());
        Assert.Equal(("Europe/Berlin", "برلين"), (page.QuerySelector("#time-zone option[selected]")!.GetAttribute("value"), page.QuerySelector("#time-zone option[selected]")!.TextContent));
    }

    [Theory]
    [InlineData("Form.TimeZone", "Mars/Olympus_Mons", "المنطقة الزمنية غير معروفة")]
    [InlineData("Form.Menu[0].Url", "javascript:alert(1)", "القائمة: العناصر 1 بلا وجهة صالحة")]
    [InlineData("Form.Menu[1].Target", "/nowhere", "القائمة: العناصر 2 بلا وجهة صالحة")]
    [InlineData("Form.SocialLinks", "X|//evil.example", "روابط التواصل")]
    [InlineData("Form.PostsPerPage", "0", "بين 1 و100")]
    [InlineData("Form.Name", "  ", "اسم الموقع مطلوب")]
    [InlineData("Form.PrimaryColour", "red", "اللون الأساسي")]
    [InlineData("Form.ContactEmail", "info at example", "البريد الإلكتروني للتواصل")]
    [InlineData("Form.ContactPhone", "اتصل بنا", "رقم الهاتف")]
    [InlineData("Form.Font", "Comic", "الخطوط")]
    public async Task Invalid_settings_are_refused_with_an_arabic_message_and_the_typed_values_kept(string field, string value, string message)
    {
        var admin = site.Administrator;
        var before = await StoredAsync(site.Factory);
        var response = await admin.PostFormAsync("/admin/settings", Valid(await VersionAsync(admin), (field, value), ("Form.Tagline", "نص كتبته للتو")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains(message, string.Join(" ", doc.Texts(".error")));
        Assert.Equal("نص كتبته للتو", doc.QuerySelector("#tagline")!.GetAttribute("value"));
        var after = await StoredAsync(site.Factory);
        Assert.Equal((before.Version, before.Tagline, before.TimeZone), (after.Version, after.Tagline, after.TimeZone));
    }

    [Fact]
    public async Task A_second_save_from_a_stale_page_is_refused_with_a_clear_message_and_the_first_save_kept()
    {
        var first = await _factory.SignedInClientAsync(Role.Administrator);
        var second = await _factory.SignedInClientAsync(Role.Administrator);
        var version = await VersionAsync(first);
        Assert.Equal(version, await VersionAsync(second));

        var saved = await first.PostFormAsync("/admin/settings", Valid(version, ("Form.Tagline", "الأول")));
        var stale = await second.PostFormAsync("/admin/settings", Valid(version, ("Form.Tagline", "الثاني")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var doc = await stale.ReadDocumentAsync();
        Assert.Contains("حفظ شخص آخر الإعدادات", doc.Alert());
        Assert.Equal("الثاني", doc.QuerySelector("#tagline")!.GetAttribute("value"));
        Assert.Equal("الأول", (await StoredAsync()).Tagline);
        Assert.Single(await _factory.AuditAsync("settings-changed"));
    }

    [Fact]
    public async Task Saved_settings_show_on_the_public_site()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await admin.PostFormAsync("/admin/settings", Valid(await VersionAsync(admin), ("Form.Name", "منظمة تجريبية")));
        var home = await _factory.CreateClient().GetDocumentAsync("/");
        Assert.Contains("منظمة تجريبية", home.Title);
    }

    /// <summary>The app and a signed-in administrator whose saves are all refused.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public QalamFactory Factory { get; } = new(demo: true);
        public HttpClient Administrator { get; private set; } = null!;

        public async Task InitializeAsync() => Administrator = await Factory.SignedInClientAsync(Role.Administrator);

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
