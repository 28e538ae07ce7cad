using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Languages;

/// <summary>
/// The admin's translated-name fields: one per language the site publishes in besides the default, saved with their
/// category, tag or partner under the same rights, removed with it, and refused with one line when wrong.
/// </summary>
public sealed class LocalizedTextAdminTests
{
    private static QalamFactory Site(string languages = "ar,en") =>
        new(demo: true, settings: new Dictionary<string, string> { ["Qalam:Languages"] = languages });

    private static Task<int> NewsIdAsync(QalamFactory factory) => factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "news").Select(c => c.Id).FirstAsync());

    private static Task<int> TextCountAsync(QalamFactory factory) => factory.WithDbAsync(db => db.LocalizedTexts.CountAsync());

    [Fact]
    public async Task A_third_language_gets_its_own_field_in_its_own_direction_and_its_own_readers()
    {
        using var factory = Site("ar,en,fr");
        var editor = await factory.SignInAsync(Role.Editor);
        var news = await NewsIdAsync(factory);

        var form = await editor.Client.GetDocumentAsync($"/admin/categories/{news}");
        Assert.Equal([("en", "ltr"), ("fr", "ltr")], form.QuerySelectorAll("main form input[name^='NameIn[']").Select(i => (i.GetAttribute("lang"), i.GetAttribute("dir"))));
        Assert.Equal("الاسم بلغة français", form.QuerySelector("label[for='namein-fr']")!.TextContent.Trim());

        var saved = await editor.Client.SubmitAsync($"/admin/categories/{news}", new Dictionary<string, string> { ["NameIn[fr]"] = "Actualités" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var client = factory.CreateBrowserlessClient();
        Assert.Equal("Actualités", (await client.GetDocumentAsync("/fr/category/news")).QuerySelector(".archive-header h1 bdi")!.TextContent);
        var english = (await client.GetDocumentAsync("/en/category/news")).QuerySelector(".archive-header h1 bdi span[lang=ar][dir=rtl]");
        Assert.Equal("أخبار", english?.TextContent);
    }

    [Fact]
    public async Task A_right_to_left_language_gets_a_right_to_left_field()
    {
        using var factory = Site("ar,en,fa");
        var editor = await factory.SignInAsync(Role.Editor);
        var tag = await factory.WithDbAsync(async db =>
        {
            db.Tags.Add(new Tag { Name = "تدريب", Slug = "training" });
            await db.SaveChangesAsync();
            return await db.Tags.Where(t => t.Slug == "training").Select(t => t.Id).FirstAsync();
        });
        var form = await editor.Client.GetDocumentAsync($"/admin/tags/{tag}");
        Assert.Equal([("en", "ltr"), ("fa", "rtl")], form.QuerySelectorAll("main form input[name^='NameIn[']").Select(i => (i.GetAttribute("lang"), i.GetAttribute("dir"))));
    }

    [Fact]
    public async Task Deleting_a_category_or_tag_removes_its_translations()
    {
        using var factory = Site();
        var editor = await factory.SignInAsync(Role.Editor);
        await editor.Client.SubmitAsync("/admin/categories", new Dictionary<string, string> { ["Name"] = "مؤقت", ["Slug"] = "temporary" });
        await editor.Client.SubmitAsync("/admin/tags", new Dictionary<string, string> { ["Name"] = "عابر" });
        var category = await factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "temporary").Select(c => c.Id).FirstAsync());
        var tag = await factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "عابر").Select(t => t.Id).FirstAsync());
        await editor.Client.SubmitAsync($"/admin/categories/{category}", new Dictionary<string, string> { ["NameIn[en]"] = "Temporary", ["DescriptionIn[en]"] = "For now" });
        await editor.Client.SubmitAsync($"/admin/tags/{tag}", new Dictionary<string, string> { ["NameIn[en]"] = "passing" });
        Assert.Equal(3, await TextCountAsync(factory));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.SubmitAsync($"/admin/categories/{category}", null, ".danger-zone form")).StatusCode);
        Assert.Equal(1, await TextCountAsync(factory));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.SubmitAsync($"/admin/tags/{tag}", null, ".danger-zone form")).StatusCode);
        Assert.Equal(0, await TextCountAsync(factory));
    }

    [Fact]
    public async Task People_without_the_pages_right_cannot_post_translated_names()
    {
        using var factory = Site();
        var author = await factory.SignInAsync(Role.Author);
        var editor = await factory.SignInAsync(Role.Editor);
        var news = await NewsIdAsync(factory);
        var partner = await factory.WithDbAsync(db => db.Partners.Select(p => p.Id).FirstAsync());
        var token = (await author.Client.GetDocumentAsync("/admin/account")).QuerySelector($"input[name={Forms.TokenField}]")!.GetAttribute("value")!;
        FormUrlEncodedContent Body(string field) => new(new Dictionary<string, string> { [Forms.TokenField] = token, [field] = "Hijacked", ["Name"] = "أخبار" });

        Assert.True((await author.Client.PostAsync($"/admin/categories/{news}", Body("NameIn[en]"))).IsRefused());
        Assert.True((await author.Client.PostAsync($"/admin/organisation/partners?id={partner}", Body("NameIn[en]"))).IsRefused());
        var editorToken = (await editor.Client.GetDocumentAsync("/admin/account")).QuerySelector($"input[name={Forms.TokenField}]")!.GetAttribute("value")!;
        var settings = new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = editorToken, ["NameIn[en]"] = "Hijacked" });
        Assert.True((await editor.Client.PostAsync("/admin/settings", settings)).IsRefused());
        Assert.True((await editor.Client.PostAsync("/admin/settings/menu/en", settings)).IsRefused());
        Assert.Equal(0, await TextCountAsync(factory));
    }

    [Theory]
    [InlineData("NameIn[de]", "Nachrichten", "«de» ليست من لغات الموقع.")]
    [InlineData("NameIn[ar]", "أخبار", "«ar» ليست من لغات الموقع.")]
    [InlineData("NameIn[en]", null, "النص بلغة English أطول من 200 حرفًا.")]
    public async Task A_translation_the_site_cannot_take_is_refused_with_one_line(string field, string? text, string line)
    {
        using var factory = Site();
        var editor = await factory.SignInAsync(Role.Editor);
        var news = await NewsIdAsync(factory);
        var refused = await editor.Client.SubmitAsync($"/admin/categories/{news}", new Dictionary<string, string> { [field] = text ?? new string('x', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(line, (await refused.ReadDocumentAsync()).QuerySelector("[role=alert] li")!.TextContent.Trim());
        Assert.Equal(0, await TextCountAsync(factory));
    }

    [Fact]
    public async Task A_language_without_a_menu_starts_from_a_copy_of_the_default_and_an_emptied_one_falls_back()
    {
        using var factory = Site();
        var admin = await factory.SignInAsync(Role.Administrator);
        var page = await admin.Client.GetDocumentAsync("/admin/settings/menu/en");
        Assert.StartsWith("لا قائمة بلغة English بعد", page.QuerySelector("#menu-state")!.TextContent.Trim());
        Assert.Equal("الأخبار", page.QuerySelector("input[name='Menu[0].Label']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/admin/settings/menu/ar")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync("/admin/settings/menu/en", new Dictionary<string, string> { ["Menu[0].Label"] = "News" })).StatusCode);
        var english = await factory.CreateBrowserlessClient().GetDocumentAsync("/en/");
        Assert.Equal("News", english.QuerySelectorAll("nav.site-nav > ul > li > a")[1].TextContent.Trim());

        var rows = (await admin.Client.GetDocumentAsync("/admin/settings/menu/en")).QuerySelectorAll("input[name$='.Remove']").Select(i => i.GetAttribute("name")!);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.SubmitAsync("/admin/settings/menu/en", rows.ToDictionary(r => r, _ => "true"))).StatusCode);
        Assert.Equal(0, await TextCountAsync(factory));
        Assert.NotNull((await factory.CreateBrowserlessClient().GetDocumentAsync("/en/")).QuerySelector("nav.site-nav span[lang=ar][dir=rtl]"));
    }
}
