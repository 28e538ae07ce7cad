using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;
using Qalam.IntegrationTests.Pages;
using Qalam.Theme;
using SkiaSharp;

namespace Qalam.IntegrationTests.Theme;

/// <summary>What an administrator changes in the settings' appearance, as the public site then shows it.</summary>
public sealed class ThemeSettingsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly HttpClient _reader;

    public ThemeSettingsTests() => _reader = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    private async Task<HttpResponseMessage> SaveAsync(HttpClient admin, (string Key, string Value)[] changes, (byte[] Bytes, string Name)? logo = null)
    {
        var page = await admin.GetDocumentAsync("/admin/settings");
        var fields = SettingsTests.Valid(page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!, changes);
        using var body = new MultipartFormDataContent { { new StringContent(page.Token()), Forms.TokenField } };
        foreach (var (key, value) in fields) body.Add(new StringContent(value), key);
        if (logo is { } file)
        {
            var content = new ByteArrayContent(file.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            body.Add(content, "Logo", file.Name);
        }
        return await admin.PostAsync("/admin/settings", body);
    }

    private async Task<string> ThemeCssAsync()
    {
        var home = await _reader.GetDocumentAsync("/");
        return await _reader.GetStringAsync(home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("/theme.css", StringComparison.Ordinal)));
    }

    private static Rgb Property(string css, string name, bool dark = false)
    {
        var scope = dark ? css[css.IndexOf("@media", StringComparison.Ordinal)..] : css;
        var start = scope.IndexOf($"--{name}:", StringComparison.Ordinal) + name.Length + 3;
        Assert.True(Rgb.TryParse(scope.Substring(start, 7), out var colour));
        return colour;
    }

    [Fact]
    public async Task A_light_primary_colour_gets_black_text_on_the_band_and_darker_links_that_pass_contrast()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, [("Form.PrimaryColour", "#F5D000")])).StatusCode);
        var css = await ThemeCssAsync();

        Assert.Equal("#f5d000", Property(css, "brand").ToString());
        Assert.Equal(Rgb.Black, Property(css, "brand-fg"));
        var accent = Property(css, "accent");
        Assert.NotEqual(Property(css, "brand"), accent);
        Assert.All(ThemePalette.LightBackgrounds, bg => Assert.True(accent.ContrastWith(bg) >= 4.5, $"{accent} on {bg}"));
        var darkAccent = Property(css, "accent", dark: true);
        Assert.All(ThemePalette.DarkBackgrounds, bg => Assert.True(darkAccent.ContrastWith(bg) >= 4.5, $"{darkAccent} on {bg}"));
        Assert.True(Property(css, "brand", dark: true).ContrastWith(Property(css, "brand-fg", dark: true)) >= 7);
        Assert.Equal("#f5d000", (await _reader.GetDocumentAsync("/")).QuerySelector("meta[name=theme-color]")!.GetAttribute("content"));
        // The settings page names both shades as codes that read left to right inside the Arabic hint.
        var codes = (await admin.GetDocumentAsync("/admin/settings")).QuerySelectorAll("#primary-colour-help code[dir=ltr]").Select(c => c.TextContent).ToList();
        Assert.Equal([accent.ToString(), darkAccent.ToString()], codes);
    }

    [Theory]
    [InlineData("System", 0, null)]
    [InlineData("Sans", 2, "Qalam Sans")]
    [InlineData("Naskh", 2, "Qalam Naskh")]
    public async Task The_font_setting_picks_the_family_and_only_a_webfont_is_preloaded(string font, int preloads, string? family)
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, [("Form.Font", font)])).StatusCode);
        var home = await _reader.GetDocumentAsync("/");
        Assert.Equal(preloads, home.QuerySelectorAll("link[rel=preload][as=font]").Length);
        var css = await ThemeCssAsync();
        if (family is null) Assert.DoesNotContain("@font-face", css);
        else Assert.Contains($"--font:\"{family}\"", css);
    }

    [Fact]
    public async Task Without_a_logo_the_favicon_is_the_first_letter_of_the_name_on_the_primary_colour()
    {
        await _factory.ChangeSettingsAsync(s => (s.Name, s.PrimaryColour) = ("مؤسسة النور", "#1d4ed8"));
        using var icon = await FaviconAsync(32);

        Assert.Equal(new SKColor(0x1d, 0x4e, 0xd8), icon.GetPixel(1, 1));
        // The letter: white pixels in the middle of the square.
        var white = Enumerable.Range(8, 16).SelectMany(x => Enumerable.Range(8, 16).Select(y => icon.GetPixel(x, y))).Count(c => c.Red > 200 && c.Green > 200 && c.Blue > 200);
        Assert.True(white > 10, $"{white} white pixels: no letter drawn");
    }

    [Fact]
    public async Task An_uploaded_logo_heads_every_page_in_its_sizes_and_becomes_the_favicon()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var response = await SaveAsync(admin, [], (RedSquare(800), "شعار المؤسسة.png"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var stored = await _factory.WithDbAsync(db => db.Settings.AsNoTracking().SingleAsync());
        Assert.StartsWith("/media/", stored.LogoUrl);
        var logo = (await _reader.GetDocumentAsync("/no-such-page")).QuerySelector("header a.site-name picture img.site-logo")!;
        Assert.Equal(stored.LogoUrl, logo.GetAttribute("src"));
        Assert.Contains(" 320w", logo.GetAttribute("srcset"));
        Assert.Equal(("800", "800"), (logo.GetAttribute("width"), logo.GetAttribute("height")));
        Assert.Equal("", logo.GetAttribute("alt"));
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(logo.GetAttribute("src"))).StatusCode);

        using var icon = await FaviconAsync(32);
        Assert.Equal(SKColors.Red, icon.GetPixel(16, 16));
        Assert.Single(await _factory.AuditAsync("media-uploaded"));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_as_a_logo_and_nothing_changes()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var response = await SaveAsync(admin, [("Form.Tagline", "نص كتبته للتو")], (MediaFiles.Pdf(), "logo.png"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains("لم يُقبل الشعار", string.Join(" ", doc.Texts(".error")));
        Assert.Equal("نص كتبته للتو", doc.QuerySelector("#tagline")!.GetAttribute("value"));
        var stored = await _factory.WithDbAsync(db => db.Settings.AsNoTracking().SingleAsync());
        Assert.Null(stored.LogoUrl);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Media.CountAsync()));
    }

    [Fact]
    public async Task Home_sections_are_stored_in_the_chosen_order_and_unticked_ones_left_out()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var rows = (await admin.GetDocumentAsync("/admin/settings")).QuerySelectorAll("table.home-sections input[type=hidden]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(HomeSection.All, rows);
        // Partners first, news second, statement third; endorsements and transparency unticked.
        var response = await SaveAsync(admin,
        [
            ("Form.Sections[0].Key", "statement"), ("Form.Sections[0].Show", "true"), ("Form.Sections[0].Order", "3"),
            ("Form.Sections[1].Key", "news"), ("Form.Sections[1].Show", "true"), ("Form.Sections[1].Order", "2"),
            ("Form.Sections[2].Key", "endorsements"), ("Form.Sections[2].Order", "1"),
            ("Form.Sections[3].Key", "partners"), ("Form.Sections[3].Show", "true"), ("Form.Sections[3].Order", "1"),
            ("Form.Sections[4].Key", "transparency"), ("Form.Sections[4].Order", "5"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("partners,news,statement", (await _factory.WithDbAsync(db => db.Settings.AsNoTracking().SingleAsync())).HomeSections);

        var page = await admin.GetDocumentAsync("/admin/settings");
        Assert.Equal(["partners", "news", "statement", "endorsements", "transparency"], page.QuerySelectorAll("table.home-sections input[type=hidden]").Select(i => i.GetAttribute("value")));
        Assert.Equal(3, page.QuerySelectorAll("table.home-sections input[type=checkbox][checked]").Length);
    }

    [Fact]
    public async Task Contact_details_saved_in_the_settings_show_in_the_footer_and_only_the_social_links_set()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await SaveAsync(admin, [("Form.ContactEmail", "media@example.org"), ("Form.ContactPhone", "091 234 5678"), ("Form.ContactAddress", "طرابلس")]);
        var footer = (await _reader.GetDocumentAsync("/")).QuerySelector("footer")!;
        Assert.Equal("mailto:media@example.org", footer.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("tel:0912345678", footer.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal([("Facebook", "https://facebook.com/example")], footer.QuerySelectorAll(".social a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))));
    }

    private async Task<SKBitmap> FaviconAsync(int size)
    {
        var ico = await _reader.GetByteArrayAsync("/favicon.ico");
        var count = BitConverter.ToUInt16(ico, 4);
        for (var i = 0; i < count; i++)
        {
            var entry = 6 + 16 * i;
            if (ico[entry] != size) continue;
            var (length, offset) = (BitConverter.ToInt32(ico, entry + 8), BitConverter.ToInt32(ico, entry + 12));
            return SKBitmap.Decode(ico.AsSpan(offset, length).ToArray());
        }
        throw new InvalidOperationException($"No {size} px image in the favicon.");
    }

    private static byte[] RedSquare(int size)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size));
        surface.Canvas.Clear(SKColors.Red);
        using var image = surface.Snapshot();
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
