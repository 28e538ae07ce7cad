using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>
/// Editors working on one translation group at the same moment: whoever loses gets one clear line, never an error
/// page; and a trashed translation, which keeps its language's place, is shown as such with a way back.
/// </summary>
public sealed class TranslationConcurrencyTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false, settings: new Dictionary<string, string> { ["Qalam:Languages"] = "ar,en,fr,fa" });

    public void Dispose() => _factory.Dispose();

    private static int IdFrom(HttpResponseMessage response) => int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());

    /// <summary>«أضف ترجمة» through the writer on a context of its own, as one request does.</summary>
    private async Task<Post?> TranslateAsync(int original, string language, int authorId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var post = await db.Posts.Include(p => p.Categories).FirstAsync(p => p.Id == original);
        return await scope.ServiceProvider.GetRequiredService<PostWriter>().AddTranslationAsync(post, language, authorId);
    }

    // In the languages' order: posts added at once take their ids in either order.
    private Task<List<string>> LanguagesOfGroupAsync(int group) =>
        _factory.WithDbAsync(db => db.Posts.Where(p => p.TranslationGroupId == group).OrderBy(p => p.Language).Select(p => p.Language).ToListAsync());

    [Fact]
    public async Task A_translation_begun_while_another_editor_saves_the_original_is_added_and_keeps_their_save()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var original = await _factory.AddPostAsync(editor.Id, "افتتاح المعرض", PostStatus.Published);
        await using var translator = _factory.Services.CreateAsyncScope();
        var loaded = await translator.ServiceProvider.GetRequiredService<QalamDb>().Posts.Include(p => p.Categories).FirstAsync(p => p.Id == original);

        // Between the translator's read and write, another editor saves the original (its version moves on).
        await _factory.WithScopeAsync(async sp =>
        {
            var post = await sp.GetRequiredService<QalamDb>().Posts.FirstAsync(p => p.Id == original);
            post.Title = "افتتاح المعرض السنوي";
            await sp.GetRequiredService<PostWriter>().SaveAsync(post, PostStatus.Published, new PostEdit("<p>نص منقح.</p>", editor.Id));
        });
        var draft = await translator.ServiceProvider.GetRequiredService<PostWriter>().AddTranslationAsync(loaded, "en", editor.Id);

        Assert.NotNull(draft);
        Assert.Equal(["ar", "en"], await LanguagesOfGroupAsync(original));
        var saved = await _factory.PostAsync(original);
        Assert.Equal(("افتتاح المعرض السنوي", "<p>نص منقح.</p>", (int?)original), (saved.Title, saved.BodyHtml, saved.TranslationGroupId));
    }

    [Fact]
    public async Task Two_writers_adding_one_language_at_once_make_one_translation_and_two_languages_make_two()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var same = await _factory.AddPostAsync(editor.Id, "بيان مشترك", PostStatus.Published);
        var both = await _factory.AddPostAsync(editor.Id, "تقرير مشترك", PostStatus.Published);

        var sameLanguage = await Task.WhenAll(TranslateAsync(same, "en", editor.Id), TranslateAsync(same, "en", editor.Id));
        var twoLanguages = await Task.WhenAll(TranslateAsync(both, "en", editor.Id), TranslateAsync(both, "fr", editor.Id));

        Assert.Single(sameLanguage, d => d is not null);
        Assert.Equal(["ar", "en"], await LanguagesOfGroupAsync(same));
        Assert.All(twoLanguages, Assert.NotNull);
        Assert.Equal(["ar", "en", "fr"], await LanguagesOfGroupAsync(both));
    }

    [Fact]
    public async Task Two_editors_moving_two_translations_to_one_language_at_once_get_a_save_and_one_clear_line()
    {
        var first = await _factory.SignInAsync(Role.Editor);
        var second = await _factory.SignInAsync(Role.Editor);
        var original = await _factory.AddPostAsync(first.Id, "اليوم المفتوح", PostStatus.Published);
        var english = (await TranslateAsync(original, "en", first.Id))!.Id;
        var french = (await TranslateAsync(original, "fr", first.Id))!.Id;
        var (a, b) = (await first.Client.GetDocumentAsync($"/admin/posts/{english}"), await second.Client.GetDocumentAsync($"/admin/posts/{french}"));
        var persian = new Dictionary<string, string> { ["Form.Language"] = "fa" };

        var responses = await Task.WhenAll(
            first.Client.SubmitAsync(a, $"/admin/posts/{english}", persian, "#editor-form", ("Intent", "Save")),
            second.Client.SubmitAsync(b, $"/admin/posts/{french}", persian, "#editor-form", ("Intent", "Save")));

        var saved = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var refused = Assert.Single(responses, r => r != saved);
        // Refused before the write (the other had committed) or by the database (both checked at once): the same line.
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict });
        Assert.Equal("لهذه المقالة نصٌّ بلغة فارسی من قبل، فلا تكون لها ترجمتان بلغة واحدة.",
            (await refused.ReadDocumentAsync()).QuerySelector("[role=alert] li")!.TextContent.Trim());
        Assert.Equal(1, (await LanguagesOfGroupAsync(original)).Count(l => l == "fa"));
    }

    [Fact]
    public async Task A_trashed_translation_is_shown_holding_its_languages_place_and_can_be_restored_from_the_original()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var original = await _factory.AddPostAsync(editor.Id, "حملة التوعية", PostStatus.Published);
        var english = (await TranslateAsync(original, "en", editor.Id))!.Id;
        await _factory.WithScopeAsync(async sp =>
        {
            var post = await sp.GetRequiredService<QalamDb>().Posts.FirstAsync(p => p.Id == english);
            await sp.GetRequiredService<PostWriter>().MoveAsync([post], PostStatus.Trash);
        });

        var page = await editor.Client.GetDocumentAsync($"/admin/posts/{original}");
        var item = page.QuerySelectorAll(".translation-list li").Single(li => li.QuerySelector(".language-name")!.TextContent.Trim() == "English");
        Assert.Equal("الترجمة بلغة English في سلة المحذوفات، وما زالت تحفظ مكان لغتها: استعِدها لتعمل عليها، فلا تُضاف ترجمة أخرى بهذه اللغة ما دامت هناك.",
            item.QuerySelector(".trashed-note")!.TextContent.Trim());
        // «أضف ترجمة» offers the languages that are free, not the trashed one's.
        Assert.Equal(["fr", "fa"], page.QuerySelectorAll("#translation-language option").Select(o => o.GetAttribute("value")));

        var restored = await editor.Client.SubmitAsync(page, $"/admin/posts/{original}", formSelector: ".restore-translation", button: ("translation", english.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(english, IdFrom(restored));
        Assert.Equal(PostStatus.Draft, (await _factory.PostAsync(english)).Status);
        Assert.Contains("استُعيدت «حملة التوعية» من سلة المحذوفات مسودةً.", (await editor.Client.GetDocumentAsync($"/admin/posts/{english}")).QuerySelector(".flash")!.TextContent);
        Assert.Null((await editor.Client.GetDocumentAsync($"/admin/posts/{original}")).QuerySelector(".trashed-note"));
    }

    [Fact]
    public async Task Someone_who_may_not_restore_the_translation_is_refused_and_it_stays_in_the_trash()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var contributor = await _factory.SignInAsync(Role.Contributor);
        var original = await _factory.AddPostAsync(contributor.Id, "مسودة المساهم");
        var english = (await TranslateAsync(original, "en", editor.Id))!.Id;
        await _factory.WithScopeAsync(async sp =>
        {
            var post = await sp.GetRequiredService<QalamDb>().Posts.FirstAsync(p => p.Id == english);
            await sp.GetRequiredService<PostWriter>().MoveAsync([post], PostStatus.Trash);
        });

        var page = await contributor.Client.GetDocumentAsync($"/admin/posts/{original}");
        Assert.Null(page.QuerySelector(".restore-translation"));
        var token = page.Token("#editor-form");
        var forged = await contributor.Client.PostAsync($"/admin/posts/{original}?handler=RestoreTranslation",
            new FormUrlEncodedContent([new(Forms.TokenField, token), new("translation", english.ToString())]));

        Assert.True(forged.IsRefused() || forged.StatusCode == HttpStatusCode.NotFound, $"answered {(int)forged.StatusCode}");
        Assert.Equal(PostStatus.Trash, (await _factory.PostAsync(english)).Status);
    }
}
