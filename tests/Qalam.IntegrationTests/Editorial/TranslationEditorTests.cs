using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>«أضف ترجمة» in the editor: the linked draft, one post per language in a group, and who may start one.</summary>
public sealed class TranslationEditorTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static int IdFrom(HttpResponseMessage response) => int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());

    [Fact]
    public async Task Add_translation_creates_a_linked_english_draft_with_the_original_beside_it()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var translator = await _factory.SignInAsync(Role.Author);
        var original = await _factory.AddPostAsync(translator.Id, "افتتاح مكتبة المدينة", PostStatus.Published, "<p>افتُتحت المكتبة صباح اليوم.</p>");

        var editorPage = await translator.Client.GetDocumentAsync($"/admin/posts/{original}");
        Assert.Equal(["en"], editorPage.QuerySelectorAll("#translation-language option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["العربية", "English"], editorPage.QuerySelectorAll("#language option").Select(o => o.TextContent.Trim()));
        var response = await translator.Client.SubmitAsync(editorPage, $"/admin/posts/{original}", new Dictionary<string, string> { ["language"] = "en" }, ".add-translation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdFrom(response);
        var draft = await _factory.PostAsync(id);
        Assert.Equal((PostStatus.Draft, "en", original, translator.Id), (draft.Status, draft.Language, draft.TranslationGroupId, draft.AuthorId));
        Assert.Equal(("افتتاح مكتبة المدينة", "<p>افتُتحت المكتبة صباح اليوم.</p>"), (draft.Title, draft.BodyHtml));
        Assert.Equal("افتتاح-مكتبة-المدينة-en", draft.Slug);
        Assert.Equal(original, (await _factory.PostAsync(original)).TranslationGroupId);
        Assert.Equal(PostStatus.Published, (await _factory.PostAsync(original)).Status);
        Assert.Contains("post-translation-added", await _factory.AuditActionsAsync(id));

        var page = await translator.Client.GetDocumentAsync($"/admin/posts/{id}");
        Assert.Contains("أُنشئت مسودة الترجمة (English)", page.QuerySelector(".flash")!.TextContent);
        Assert.Equal("en", page.QuerySelector("#language option[selected]")!.GetAttribute("value"));
        var beside = page.QuerySelector("#editor-form .translation-source .source-text")!;
        Assert.Equal(("ar", "rtl"), (beside.GetAttribute("lang"), beside.GetAttribute("dir")));
        Assert.Equal("افتتاح مكتبة المدينة", beside.QuerySelector("h2")!.TextContent);
        Assert.Equal($"/admin/posts/{original}", page.QuerySelector(".translation-list a")!.GetAttribute("href"));
        // Every language of the site is there now: nothing left to add, from either post.
        Assert.Null(page.QuerySelector(".add-translation"));
        Assert.Null((await editor.Client.GetDocumentAsync($"/admin/posts/{original}")).QuerySelector(".add-translation"));
    }

    [Fact]
    public async Task Two_requests_at_once_make_one_translation_in_a_language()
    {
        var first = await _factory.SignInAsync(Role.Editor);
        var second = await _factory.SignInAsync(Role.Editor);
        var original = await _factory.AddPostAsync(first.Id, "بيان مشترك", PostStatus.Published);
        var url = $"/admin/posts/{original}";
        var (a, b) = (await first.Client.GetDocumentAsync(url), await second.Client.GetDocumentAsync(url));
        var en = new Dictionary<string, string> { ["language"] = "en" };

        var responses = await Task.WhenAll(first.Client.SubmitAsync(a, url, en, ".add-translation"), second.Client.SubmitAsync(b, url, en, ".add-translation"));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var refused = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ReadDocumentAsync();
        Assert.Contains("لهذه المقالة نصٌّ بلغة English من قبل", refused.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Posts.CountAsync(p => p.TranslationGroupId == original && p.Language == "en")));
    }

    [Fact]
    public async Task A_person_who_may_not_edit_the_original_cannot_translate_it_even_with_a_forged_form()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var contributor = await _factory.SignInAsync(Role.Contributor);
        var author = await _factory.SignInAsync(Role.Author);
        // A contributor's post that went live belongs to the editors; another's draft is not an author's to open.
        var published = await _factory.AddPostAsync(contributor.Id, "مقالة المساهم المنشورة", PostStatus.Published);
        var othersDraft = await _factory.AddPostAsync(editor.Id, "مسودة المحرر");
        var own = await _factory.AddPostAsync(contributor.Id, "مسودة المساهم");

        async Task<HttpResponseMessage> ForgeAsync(Editorial.Person person, int id)
        {
            var token = (await person.Client.GetDocumentAsync("/admin/posts/new")).Token("#editor-form");
            return await person.Client.PostAsync($"/admin/posts/{id}?handler=Translate",
                new FormUrlEncodedContent([new(Forms.TokenField, token), new("language", "en")]));
        }

        Assert.True((await ForgeAsync(contributor, published)).IsRefused());
        Assert.Equal(HttpStatusCode.NotFound, (await ForgeAsync(author, othersDraft)).StatusCode);
        Assert.Equal(3, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
        Assert.Null(await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == published).Select(p => p.TranslationGroupId).SingleAsync()));
        // Their own draft they may translate.
        Assert.Equal(HttpStatusCode.Redirect, (await ForgeAsync(contributor, own)).StatusCode);
    }

    [Fact]
    public async Task A_language_the_site_does_not_list_or_the_group_has_already_is_refused_with_one_line()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var original = await _factory.AddPostAsync(editor.Id, "تقرير الربع الأول", PostStatus.Published);
        var translation = IdFrom(await editor.Client.SubmitAsync($"/admin/posts/{original}", new Dictionary<string, string> { ["language"] = "en" }, ".add-translation"));

        var taken = await editor.Client.SubmitAsync($"/admin/posts/{translation}", new Dictionary<string, string> { ["Form.Language"] = "ar" }, "#editor-form", ("Intent", "Save"));
        var unknown = await editor.Client.SubmitAsync("/admin/posts/new", new Dictionary<string, string> { ["Form.Title"] = "Bonjour", ["Form.Language"] = "fr" }, "#editor-form", ("Intent", "Save"));
        var other = await _factory.AddPostAsync(editor.Id, "خبر آخر");
        var translateUnknown = await editor.Client.SubmitAsync($"/admin/posts/{other}", new Dictionary<string, string> { ["language"] = "fr" }, ".add-translation");

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal("لهذه المقالة نصٌّ بلغة العربية من قبل، فلا تكون لها ترجمتان بلغة واحدة.", (await taken.ReadDocumentAsync()).QuerySelector("[role=alert] li")!.TextContent.Trim());
        Assert.Equal("en", (await _factory.PostAsync(translation)).Language);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("«fr» ليست من لغات الموقع. اختر لغة من القائمة.", (await unknown.ReadDocumentAsync()).QuerySelector("[role=alert] li")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, translateUnknown.StatusCode);
        Assert.Equal("«fr» ليست من لغات الموقع. اختر لغة من القائمة.", (await translateUnknown.ReadDocumentAsync()).QuerySelector("[role=alert] li")!.TextContent.Trim());
        Assert.Equal(3, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task A_third_and_fourth_language_set_in_the_settings_are_offered_with_their_own_names_and_directions()
    {
        using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["Qalam:Languages"] = "ar,en,fr,fa" });
        var editor = await factory.SignInAsync(Role.Editor);
        var original = await factory.AddPostAsync(editor.Id, "اليوم المفتوح", PostStatus.Published);

        var first = await editor.Client.GetDocumentAsync($"/admin/posts/{original}");
        Assert.Equal(["English", "français", "فارسی"], first.QuerySelectorAll("#translation-language option").Select(o => o.TextContent.Trim()));
        var response = await editor.Client.SubmitAsync(first, $"/admin/posts/{original}", new Dictionary<string, string> { ["language"] = "fa" }, ".add-translation");
        var persian = IdFrom(response);
        var page = await editor.Client.GetDocumentAsync($"/admin/posts/{persian}");

        Assert.Equal(["ar", "en", "fr", "fa"], page.QuerySelectorAll("#language option").Select(o => o.GetAttribute("value")));
        Assert.Equal("fa", page.QuerySelector("#language option[selected]")!.GetAttribute("value"));
        Assert.Equal(["en", "fr"], page.QuerySelectorAll("#translation-language option").Select(o => o.GetAttribute("value")));
        Assert.Equal("rtl", page.QuerySelector(".translation-source .source-text")!.GetAttribute("dir"));
        var row = (await editor.Client.GetDocumentAsync("/admin/posts")).QuerySelectorAll("table.posts tbody tr")
            .Single(tr => tr.QuerySelector("td:nth-child(2) > a")!.GetAttribute("href") == $"/admin/posts/{original}");
        Assert.Equal("fa", row.QuerySelector(".row-translations a .code")!.TextContent.Trim());
        Assert.Equal("بلا ترجمة: EN FR", row.QuerySelector(".row-translations .missing")!.TextContent.Trim());
        // A language the site does not list is still refused.
        var german = await editor.Client.SubmitAsync(page, $"/admin/posts/{persian}", new Dictionary<string, string> { ["language"] = "de" }, ".add-translation");
        Assert.Equal(HttpStatusCode.BadRequest, german.StatusCode);
    }
}
