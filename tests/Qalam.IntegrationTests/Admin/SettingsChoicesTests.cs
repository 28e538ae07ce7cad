using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;

namespace Qalam.IntegrationTests.Admin;

/// <summary>The settings' logo from the media library and the time zone by region, city and search.</summary>
public sealed class SettingsChoicesTests : IDisposable
{
    private const string Settings = "/admin/settings";
    private const string Form = "form.settings";
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private Task<SiteSettings> StoredAsync() => _factory.WithDbAsync(db => db.Settings.AsNoTracking().SingleAsync());

    [Fact]
    public async Task The_logo_is_chosen_from_the_media_library()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.UploadAsync(MediaFiles.Png(600, 600), "logo.png", alt: "شعار المؤسسة")).StatusCode);
        var media = await _factory.WithDbAsync(db => db.Media.SingleAsync());

        var page = await admin.Client.GetDocumentAsync(Settings);
        var grid = page.QuerySelector("fieldset#logo-choice")!;
        Assert.Equal(["بلا شعار", "شعار المؤسسة"], grid.QuerySelectorAll("label").Select(l => l.TextContent.Trim()));

        var bad = await admin.Client.SubmitAsync(page, Settings, new Dictionary<string, string> { ["LogoMediaId"] = "99999", ["Form.Tagline"] = "شعار جديد" }, Form);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var refused = await bad.ReadDocumentAsync();
        Assert.Equal(["الصورة المختارة للشعار غير موجودة في مكتبة الوسائط أو ليست صورة."], refused.Texts(".error"));
        Assert.Equal("شعار جديد", refused.QuerySelector("#tagline")!.GetAttribute("value"));

        var saved = await admin.Client.SubmitAsync(page, Settings, new Dictionary<string, string> { ["LogoMediaId"] = media.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Urls.Media(media.StoragePath), (await StoredAsync()).LogoUrl);
        var home = await _factory.CreateClient().GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector(".site-header img.site-logo"));
        Assert.Equal("إبقاء الشعار الحالي", (await admin.Client.GetDocumentAsync(Settings)).QuerySelector("label[for='logo-choice-none']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Time_zones_are_listed_by_region_and_city_with_tripoli_first()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        var page = await admin.Client.GetDocumentAsync(Settings);

        var first = page.QuerySelector("#time-zone option")!;
        Assert.Equal(("Africa/Tripoli", "طرابلس"), (first.GetAttribute("value"), first.TextContent));
        var regions = page.QuerySelectorAll("#time-zone optgroup").Select(g => g.GetAttribute("label")).ToList();
        Assert.Equal(["المقترحة", "أفريقيا", "آسيا", "أوروبا"], regions.Take(4));
        Assert.Empty(page.QuerySelectorAll("#time-zone > option"));
        Assert.DoesNotContain(page.QuerySelectorAll("#time-zone option"), o => o.TextContent.Contains('_') || o.TextContent.Contains('/'));
        Assert.Contains(page.QuerySelectorAll("#time-zone optgroup[label='الأمريكيتان'] option"), o => o.TextContent == "Los Angeles");
        Assert.Equal("zone-names", page.QuerySelector("#zone-search")!.GetAttribute("list"));
        Assert.Contains(page.QuerySelectorAll("#zone-names option"), o => o.GetAttribute("value") == "نيويورك — الأمريكيتان");
    }

    [Fact]
    public async Task A_zone_found_with_the_search_box_is_saved_and_survives_the_next_save()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync(Settings, new Dictionary<string, string> { ["ZoneSearch"] = "برلين — أوروبا" }, Form)).StatusCode);
        Assert.Equal("Europe/Berlin", (await StoredAsync()).TimeZone);

        var page = await admin.Client.GetDocumentAsync(Settings);
        Assert.Equal(("Europe/Berlin", "برلين"), (page.QuerySelector("#time-zone option[selected]")!.GetAttribute("value"), page.QuerySelector("#time-zone option[selected]")!.TextContent));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync(page, Settings, new Dictionary<string, string> { ["Form.Tagline"] = "بعد الحفظ" }, Form)).StatusCode);
        Assert.Equal(("Europe/Berlin", "بعد الحفظ"), ((await StoredAsync()).TimeZone, (await StoredAsync()).Tagline));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync(Settings, new Dictionary<string, string> { ["ZoneSearch"] = "los angeles" }, Form)).StatusCode);
        Assert.Equal("America/Los_Angeles", (await StoredAsync()).TimeZone);

        var unknown = await admin.Client.SubmitAsync(Settings, new Dictionary<string, string> { ["ZoneSearch"] = "أطلانتس" }, Form);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["لم نجد منطقة زمنية بهذا الاسم؛ اختر المدينة من الاقتراحات أو من القائمة."], (await unknown.ReadDocumentAsync()).Texts(".error"));
        Assert.Equal("America/Los_Angeles", (await StoredAsync()).TimeZone);
    }
}
