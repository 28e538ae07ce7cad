using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Api.Admin;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>Translations through the admin API: a post says its language and group, a script starts a translation, and a language the site does not list is refused.</summary>
public sealed class TranslationApiTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false, settings: ApiSteps.Settings());

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> ApiAsync(Role role, string language = "en") =>
        _factory.ApiClient((await _factory.PersonWithTokenAsync(role, TokenScopes.PostsWrite, TokenScopes.PostsRead)).Secret, language);

    [Fact]
    public async Task A_script_starts_a_translation_and_both_posts_say_their_language_and_group()
    {
        var api = await ApiAsync(Role.Editor);
        var (id, _) = await api.NewPostAsync("إعلان المنحة", status: "publish");

        var created = await api.PostAsJsonAsync($"/api/v1/admin/posts/{id}/translations", new { language = "en" });
        var again = await api.PostAsJsonAsync($"/api/v1/admin/posts/{id}/translations", new { language = "en" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.JsonAsync();
        var draftId = draft.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/admin/posts/{draftId}", created.Headers.Location!.OriginalString);
        Assert.Equal(("en", id, "draft", "إعلان المنحة"), (draft.GetProperty("language").GetString(), draft.GetProperty("translationGroupId").GetInt32(),
            draft.GetProperty("status").GetString(), draft.GetProperty("title").GetString()));
        var original = await (await api.GetAsync($"/api/v1/admin/posts/{id}")).JsonAsync();
        Assert.Equal(("ar", id), (original.GetProperty("language").GetString(), original.GetProperty("translationGroupId").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("TranslationExists", (await again.JsonAsync()).GetProperty("code").GetString());

        // Nor may the translation move to the language its group has.
        var version = draft.GetProperty("version").GetInt32();
        var moved = await api.PatchJsonAsync($"/api/v1/admin/posts/{draftId}", new { language = "ar", version });
        Assert.Equal(HttpStatusCode.Conflict, moved.StatusCode);
        Assert.Equal("TranslationExists", (await moved.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("en", "Unknown language “fr”: use one of the site’s languages (ar, en).")]
    [InlineData("ar", "اللغة «fr» ليست من لغات الموقع: استخدم إحداها (ar, en).")]
    public async Task A_language_the_site_does_not_list_is_refused_in_one_line(string accept, string detail)
    {
        var api = await ApiAsync(Role.Editor, accept);
        var (id, version) = await api.NewPostAsync();

        var create = await api.CreatePostAsync(new { title = "Bonjour", language = "fr" });
        var change = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { language = "fr", version });
        var translate = await api.PostAsJsonAsync($"/api/v1/admin/posts/{id}/translations", new { language = "fr" });

        foreach (var response in new[] { create, change, translate })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.JsonAsync();
            Assert.Equal(("InvalidLanguage", detail), (problem.GetProperty("code").GetString(), problem.GetProperty("detail").GetString()));
        }
    }

    [Fact]
    public async Task A_token_whose_person_may_not_edit_the_post_cannot_translate_it()
    {
        var editor = await ApiAsync(Role.Editor);
        var contributor = await ApiAsync(Role.Contributor);
        var (published, _) = await editor.NewPostAsync("خبر منشور", status: "publish");
        var (own, _) = await contributor.NewPostAsync("مسودة المساهم");
        await _factory.WithScopeAsync(async sp =>
        {
            // The contributor's post went live: it is the editors' now.
            var db = sp.GetRequiredService<Qalam.Data.QalamDb>();
            await sp.GetRequiredService<PostWriter>().MoveAsync([(await db.Posts.FindAsync(own))!], PostStatus.Published);
        });

        var others = await contributor.PostAsJsonAsync($"/api/v1/admin/posts/{published}/translations", new { language = "en" });
        var wentLive = await contributor.PostAsJsonAsync($"/api/v1/admin/posts/{own}/translations", new { language = "en" });

        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wentLive.StatusCode);
        Assert.Equal("TranslateNotAllowed", (await wentLive.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
    }
}
