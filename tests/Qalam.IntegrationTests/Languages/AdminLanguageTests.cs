using AngleSharp.Dom;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Languages;

/// <summary>
/// The admin's interface language: any of the site's languages, chosen in the profile or in the header. A language
/// without resource files of its own speaks the neutral (Arabic) strings, as .NET falls back to them, in its own lang and dir.
/// </summary>
public sealed class AdminLanguageTests
{
    private static QalamFactory Site(string languages) => new(demo: false, settings: new Dictionary<string, string> { ["Qalam:Languages"] = languages });

    private static (string?, string?) Frame(IDocument page) => (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir"));

    private static Task<HttpResponseMessage> SwitchAsync(HttpClient client, string language) =>
        client.PostFormAsync("/admin", new Dictionary<string, string> { ["language"] = language, ["returnUrl"] = "/admin" }, formSelector: "form[action='/admin/language']");

    [Fact]
    public async Task A_third_language_set_in_the_settings_can_be_picked_in_the_profile_and_frames_the_admin()
    {
        using var factory = Site("ar,en,fr");
        var client = await factory.SignedInClientAsync(Role.Author, email: "traductrice@example.org");

        var account = await client.GetDocumentAsync("/admin/account");
        Assert.Equal([("ar", "العربية", "rtl"), ("en", "English", "ltr"), ("fr", "français", "ltr")],
            account.QuerySelectorAll("#ui-language option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim(), o.GetAttribute("dir"))));
        Assert.Equal("ar", account.QuerySelector("#ui-language option[selected]")!.GetAttribute("value"));

        var saved = await client.PostFormAsync("/admin/account", AccountSteps.Fields(("Profile.DisplayName", "Amal"), ("Profile.UiLanguage", "fr")), "/admin/account?handler=Profile");
        Assert.Equal("/admin/account", saved.Headers.Location!.OriginalString);
        Assert.Equal("fr", (await factory.PersonAsync("traductrice@example.org")).UiLanguage);

        var admin = await client.GetDocumentAsync("/admin");
        Assert.Equal(("fr", "ltr"), Frame(admin));
        // No French resource files: the neutral (Arabic) strings.
        Assert.Equal("إدارة قلم", admin.QuerySelector(".admin-header .brand")!.TextContent.Trim());
        // More than two languages: the header's chooser names each in itself, the current one chosen.
        Assert.Equal(["ar", "en", "fr"], admin.QuerySelectorAll("form[action='/admin/language'] select[name=language] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("fr", admin.QuerySelector("form[action='/admin/language'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("fr", (await client.GetDocumentAsync("/admin/account")).QuerySelector("#ui-language option[selected]")!.GetAttribute("value"));

        await SwitchAsync(client, "en");
        var english = await client.GetDocumentAsync("/admin");
        Assert.Equal(("en", "ltr"), Frame(english));
        Assert.Equal("Qalam admin", english.QuerySelector(".admin-header .brand")!.TextContent.Trim());
        Assert.Equal("en", (await factory.PersonAsync("traductrice@example.org")).UiLanguage);

        // A code the site does not list is the default's.
        await SwitchAsync(client, "de");
        Assert.Equal(("ar", "rtl"), Frame(await client.GetDocumentAsync("/admin")));
        Assert.Equal("ar", (await factory.PersonAsync("traductrice@example.org")).UiLanguage);
    }

    [Fact]
    public async Task With_two_languages_the_header_offers_the_other_by_its_own_name()
    {
        using var factory = Site("ar,en");
        var client = await factory.SignedInClientAsync(Role.Author);

        var admin = await client.GetDocumentAsync("/admin");
        var button = admin.QuerySelector("form[action='/admin/language'] button[name=language]")!;
        Assert.Equal(("en", "en", "ltr", "English"), (button.GetAttribute("value"), button.GetAttribute("lang"), button.GetAttribute("dir"), button.TextContent.Trim()));
        Assert.Null(admin.QuerySelector("form[action='/admin/language'] select"));

        await SwitchAsync(client, "en");
        var english = await client.GetDocumentAsync("/admin");
        Assert.Equal(("en", "ltr"), Frame(english));
        Assert.Equal("العربية", english.QuerySelector("form[action='/admin/language'] button[name=language]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_site_in_one_language_offers_no_switch_and_a_new_person_speaks_its_language()
    {
        using var factory = Site("en");
        var client = await factory.SignedInClientAsync(Role.Author, email: "solo@example.org");

        var admin = await client.GetDocumentAsync("/admin");
        Assert.Equal(("en", "ltr"), Frame(admin));
        Assert.Null(admin.QuerySelector("form[action='/admin/language']"));
        Assert.Equal("en", (await factory.PersonAsync("solo@example.org")).UiLanguage);
    }
}
