using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Languages;

/// <summary>
/// What an English reader under /en/ sees of the site's names once editors translate them in the admin: the site's
/// name and tagline, its menu, category, tag and partner names; and, where nothing is translated, the Arabic text
/// marked as Arabic (lang and dir) so it is read and laid out as Arabic.
/// </summary>
public sealed class LocalizedTextTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    private async Task<IDocument> PageAsync(string url)
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.ReadDocumentAsync();
    }

    private static void Saved(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} answered {(int)response.StatusCode}");

    private Task<int> IdAsync(Func<global::Qalam.Data.QalamDb, Task<int>> find) => _factory.WithDbAsync(find);

    [Fact]
    public async Task An_english_reader_sees_the_translated_site_name_menu_category_tag_and_partner_names()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        var (_, slug) = await _factory.AddPostAsync(new NewPost("Training for teachers", "<p>Text.</p>") { Language = "en", Slug = "training-for-teachers", Tags = ["تدريب"] });
        var news = await IdAsync(db => db.Categories.Where(c => c.Slug == "news").Select(c => c.Id).FirstAsync());
        var tag = await IdAsync(db => db.Tags.Where(t => t.Slug == "تدريب").Select(t => t.Id).FirstAsync());
        var partner = await IdAsync(db => db.Partners.Where(p => p.Slug == "teachers-union-tripoli").Select(p => p.Id).FirstAsync());

        Saved(await admin.Client.SubmitAsync("/admin/settings", new Dictionary<string, string>
            { ["NameIn[en]"] = "Waha Tech Foundation", ["TaglineIn[en]"] = "Building digital skills in Libyan cities" }, "form.settings"), "settings");
        Saved(await admin.Client.SubmitAsync("/admin/settings/menu/en", new Dictionary<string, string> { ["Menu[0].Label"] = "News", ["Menu[1].Label"] = "Statements" }), "menu");
        Saved(await admin.Client.SubmitAsync($"/admin/categories/{news}", new Dictionary<string, string> { ["NameIn[en]"] = "News", ["DescriptionIn[en]"] = "What we did" }), "category");
        Saved(await admin.Client.SubmitAsync($"/admin/tags/{tag}", new Dictionary<string, string> { ["NameIn[en]"] = "training" }), "tag");
        Saved(await admin.Client.SubmitAsync($"/admin/organisation/partners?id={partner}", new Dictionary<string, string> { ["NameIn[en]"] = "Tripoli Teachers' Union" }, "#partner-form"), "partner");

        var post = await PageAsync($"/en/{slug}");
        Assert.Equal("Waha Tech Foundation", post.QuerySelector("header .site-name bdi")!.TextContent);
        Assert.Equal("Building digital skills in Libyan cities", post.QuerySelector("header .tagline")!.TextContent.Trim());
        Assert.Equal("Waha Tech Foundation", post.QuerySelector("footer .footer-about h2")!.TextContent.Trim());
        Assert.EndsWith("– Waha Tech Foundation", post.Title);
        Assert.Equal("Waha Tech Foundation", post.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        Assert.Equal(["Home", "News", "Statements"], post.QuerySelectorAll("nav.site-nav > ul > li > a").Take(3).Select(a => a.TextContent.Trim()));
        Assert.Equal("/en/category/news", post.QuerySelectorAll("nav.site-nav > ul > li > a")[1].GetAttribute("href"));
        Assert.Equal(["News"], post.QuerySelectorAll("a[rel=category]").Select(a => a.TextContent.Trim()));
        Assert.Equal(["#training"], post.QuerySelectorAll("footer.tags a[rel=tag]").Select(a => a.TextContent.Trim()));

        var archive = await PageAsync("/en/category/news");
        Assert.Equal("News", archive.QuerySelector(".archive-header h1 bdi")!.TextContent);
        Assert.Equal("What we did", archive.QuerySelector(".archive-header p")!.TextContent.Trim());
        Assert.Equal("#training", (await PageAsync("/en/tag/" + Uri.EscapeDataString("تدريب"))).QuerySelector(".archive-header h1 bdi")!.TextContent);
        Assert.Contains("Tripoli Teachers' Union", (await PageAsync("/en/partners")).QuerySelectorAll(".partner-grid .name").Select(n => n.TextContent.Trim()));
        Assert.Equal("Tripoli Teachers' Union", (await PageAsync("/en/partners/teachers-union-tripoli")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Tripoli Teachers' Union", (await PageAsync("/en/")).QuerySelectorAll(".home-partners .logo-strip a").Select(a => a.TextContent.Trim()));

        // Arabic readers keep the Arabic texts.
        var home = await PageAsync("/");
        Assert.Equal("مؤسسة واحة التقنية", home.QuerySelector("header .site-name bdi")!.TextContent);
        Assert.Equal("الأخبار", home.QuerySelectorAll("nav.site-nav > ul > li > a")[1].TextContent.Trim());
        Assert.Equal("أخبار", (await PageAsync("/category/news")).QuerySelector(".archive-header h1 bdi")!.TextContent);
    }

    [Fact]
    public async Task A_missing_translation_shows_the_arabic_text_marked_arabic_right_to_left()
    {
        var (_, slug) = await _factory.AddPostAsync(new NewPost("Untranslated terms", "<p>Text.</p>") { Language = "en", Slug = "untranslated-terms", Tags = ["تدريب"] });

        var post = await PageAsync($"/en/{slug}");
        IElement Isolated(string selector) => post.QuerySelector(selector + " span[lang=ar][dir=rtl]") ?? throw new InvalidOperationException($"No Arabic span in {selector}");
        Assert.Equal("مؤسسة واحة التقنية", Isolated("header .site-name bdi").TextContent);
        Assert.Equal("نبني المهارات الرقمية في المدن الليبية", Isolated("header .tagline").TextContent);
        Assert.Equal("أخبار", Isolated("a[rel=category]").TextContent);
        Assert.Equal("تدريب", Isolated("footer.tags a[rel=tag]").TextContent);
        // The default menu stands in, each label marked Arabic; «Home» is the frame's own word.
        var menu = post.QuerySelectorAll("nav.site-nav > ul > li > a").ToList();
        Assert.Equal("Home", menu[0].TextContent.Trim());
        Assert.Null(menu[0].QuerySelector("span[lang]"));
        Assert.All(menu.Skip(1), a => Assert.Equal(("ar", "rtl"), (a.QuerySelector("span")?.GetAttribute("lang"), a.QuerySelector("span")?.GetAttribute("dir"))));
        Assert.NotNull((await PageAsync("/en/partners")).QuerySelector(".partner-grid .name span[lang=ar][dir=rtl]"));

        // Arabic pages need no such mark.
        Assert.Null((await PageAsync("/")).QuerySelector("header span[lang=ar]"));
    }

    [Fact]
    public async Task An_edited_translation_shows_on_the_next_request_and_an_emptied_one_falls_back()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        async Task<string> NameAsync() => (await PageAsync("/en/")).QuerySelector("header .site-name bdi")!.InnerHtml;
        Assert.Contains("lang=\"ar\"", await NameAsync());

        Saved(await admin.Client.SubmitAsync("/admin/settings", new Dictionary<string, string> { ["NameIn[en]"] = "Waha Tech" }, "form.settings"), "settings");
        Assert.Equal("Waha Tech", await NameAsync());
        // The settings' audit line names the translation among the fields changed.
        var details = await _factory.WithDbAsync(db => db.Audit.Where(e => e.Action == "settings-changed").OrderBy(e => e.Id).Select(e => e.Details).FirstAsync());
        Assert.Contains("Name[en]", details!.Split(", "));
        Saved(await admin.Client.SubmitAsync("/admin/settings", new Dictionary<string, string> { ["NameIn[en]"] = "Waha Tech Foundation" }, "form.settings"), "settings");
        Assert.Equal("Waha Tech Foundation", await NameAsync());
        Saved(await admin.Client.SubmitAsync("/admin/settings", new Dictionary<string, string> { ["NameIn[en]"] = "  " }, "form.settings"), "settings");
        Assert.Contains("lang=\"ar\"", await NameAsync());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.LocalizedTexts.CountAsync()));
    }

    [Fact]
    public async Task Feeds_and_the_public_api_name_the_site_and_its_categories_in_the_language_asked_for()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        var news = await IdAsync(db => db.Categories.Where(c => c.Slug == "news").Select(c => c.Id).FirstAsync());
        Saved(await admin.Client.SubmitAsync("/admin/settings", new Dictionary<string, string> { ["NameIn[en]"] = "Waha Tech Foundation" }, "form.settings"), "settings");
        Saved(await admin.Client.SubmitAsync($"/admin/categories/{news}", new Dictionary<string, string> { ["NameIn[en]"] = "News" }), "category");
        var client = _factory.CreateBrowserlessClient();

        Assert.Equal("Waha Tech Foundation", XDocument.Parse(await client.GetStringAsync("/en/feed")).Root!.Element("channel")!.Element("title")!.Value);
        Assert.Equal("مؤسسة واحة التقنية", XDocument.Parse(await client.GetStringAsync("/feed")).Root!.Element("channel")!.Element("title")!.Value);

        using var site = JsonDocument.Parse(await client.GetStringAsync("/api/v1/site?language=en"));
        Assert.Equal(("Waha Tech Foundation", "en"), (site.RootElement.GetProperty("name").GetString(), site.RootElement.GetProperty("language").GetString()));
        using var categories = JsonDocument.Parse(await client.GetStringAsync("/api/v1/categories?language=en"));
        Assert.Equal("News", categories.RootElement.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "news").GetProperty("name").GetString());
        using var arabic = JsonDocument.Parse(await client.GetStringAsync("/api/v1/categories"));
        Assert.Equal("أخبار", arabic.RootElement.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "news").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/site?language=de")).StatusCode);
    }
}
