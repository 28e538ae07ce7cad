using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Api.Admin;

/// <summary>An editor's script working on posts: versions, status changes, and refusals a person can read in their language.</summary>
public sealed class AdminPostsApiTests(AdminPostsApiTests.Site site) : IClassFixture<AdminPostsApiTests.Site>
{
    public sealed class Site : IDisposable
    {
        public QalamFactory Factory { get; } = new(demo: false, settings: ApiSteps.Settings());
        public void Dispose() => Factory.Dispose();
    }

    private readonly QalamFactory _factory = site.Factory;

    private async Task<HttpClient> EditorAsync(string language = "en") =>
        _factory.ApiClient((await _factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite, TokenScopes.PostsRead)).Secret, language);

    [Fact]
    public async Task A_change_over_a_newer_version_is_refused_with_412()
    {
        var api = await EditorAsync();
        var (id, version) = await api.NewPostAsync();
        var first = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { title = "العنوان الأول" }, ifMatch: $"\"{version}\"");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var stale = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { title = "العنوان الثاني", version });
        var staleHeader = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { title = "العنوان الثاني" }, ifMatch: $"\"{version}\"");
        var none = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { title = "العنوان الثاني" });

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleHeader.StatusCode);
        Assert.Equal((HttpStatusCode)428, none.StatusCode);
        Assert.Equal("VersionStale", (await stale.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(first.Headers.ETag?.Tag, $"\"{(await first.JsonAsync()).GetProperty("version").GetInt32()}\"");
        var post = await _factory.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("العنوان الأول", post.Title);
    }

    [Fact]
    public async Task A_post_is_published_scheduled_unpublished_and_trashed()
    {
        var api = await EditorAsync();
        var (id, _) = await api.NewPostAsync("خبر يتنقل");

        async Task<string?> MoveAsync(object body)
        {
            var response = await api.PostAsJsonAsync($"/api/v1/admin/posts/{id}/status", body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.JsonAsync()).GetProperty("status").GetString();
        }

        Assert.Equal("published", await MoveAsync(new { status = "publish" }));
        Assert.Equal("draft", await MoveAsync(new { status = "unpublish" }));
        Assert.Equal("scheduled", await MoveAsync(new { status = "schedule", publishAt = _factory.Clock.GetUtcNow().AddDays(2) }));
        var late = await api.PostAsJsonAsync($"/api/v1/admin/posts/{id}/status", new { status = "schedule", publishAt = _factory.Clock.GetUtcNow().AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/admin/posts/{id}")).StatusCode);
        var post = await _factory.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(PostStatus.Trash, post.Status);
        var lines = await _factory.WithDbAsync(db => db.Audit.AsNoTracking().Where(e => e.Subject == $"post:{id}").Select(e => e.Action).ToListAsync());
        Assert.Equal(["post-published", "post-unpublished", "post-scheduled", "post-trashed"], lines);
    }

    [Fact]
    public async Task A_numbered_statements_text_is_refused_with_409_and_its_search_title_may_change()
    {
        var api = await EditorAsync();
        var (id, _) = await api.NewPostAsync("بيان بشأن الانتخابات", status: "publish", kind: "statement");
        var version = (await (await api.GetAsync($"/api/v1/admin/posts/{id}")).JsonAsync()).GetProperty("version").GetInt32();

        var text = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { bodyHtml = "<p>نص غير الذي نُشر</p>", version });
        var title = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { title = "بيان آخر", version });
        var kind = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { kind = "news", version });
        var seo = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { seoTitle = "بيان الانتخابات", version });

        Assert.Equal(HttpStatusCode.Conflict, text.StatusCode);
        Assert.Equal("StatementLocked", (await text.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, title.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, kind.StatusCode);
        Assert.Equal("StatementKindLocked", (await kind.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, seo.StatusCode);
        var post = await _factory.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(("بيان بشأن الانتخابات", "<p>نص الخبر</p>", PostKind.Statement, "بيان الانتخابات"), (post.Title, post.BodyHtml, post.Kind, post.SeoTitle));
    }

    [Fact]
    public async Task A_script_sets_the_search_title_and_description_readers_see_and_clears_them()
    {
        var api = await EditorAsync();
        var reader = _factory.CreateBrowserlessClient();
        var created = await api.CreatePostAsync(new
        {
            title = "تقرير المؤسسة عن خدمات الإنترنت في المدن الليبية", bodyHtml = "<p>نص التقرير</p>", status = "publish",
            seoTitle = "تقرير الإنترنت في ليبيا", seoDescription = "ما وجدناه في سبع مدن.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        var (id, version) = (json.GetProperty("id").GetInt32(), json.GetProperty("version").GetInt32());
        Assert.Equal("تقرير الإنترنت في ليبيا", json.GetProperty("seoTitle").GetString());

        var shown = await reader.GetDocumentAsync("/" + json.GetProperty("slug").GetString());
        Assert.StartsWith("تقرير الإنترنت في ليبيا", shown.Title);
        Assert.Equal("ما وجدناه في سبع مدن.", shown.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var publicJson = await (await reader.GetAsync($"/api/v1/posts/{id}")).JsonAsync();
        Assert.Equal("ما وجدناه في سبع مدن.", publicJson.GetProperty("seoDescription").GetString());

        var tooLong = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { seoTitle = new string('ع', 301), version });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("SeoTooLong", (await tooLong.JsonAsync()).GetProperty("code").GetString());
        var cleared = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { seoTitle = "", seoDescription = " ", version });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var post = await _factory.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(((string?)null, (string?)null), (post.SeoTitle, post.SeoDescription));
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused_as_the_document_says()
    {
        var api = await EditorAsync();
        var (id, version) = await api.NewPostAsync();

        var response = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { title = "عنوان", version = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("عنوان", (await _factory.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == id))).Title);
    }

    [Theory]
    [InlineData("en", "Not found", "There is no item with this id")]
    [InlineData("ar", "غير موجود", "لا يوجد عنصر بهذا المعرّف")]
    [InlineData("fr, en;q=0.5", "Not found", "There is no item")]
    [InlineData("fr", "غير موجود", "لا يوجد عنصر")]
    public async Task A_refusal_is_problem_details_in_the_language_asked_for(string language, string title, string detail)
    {
        var api = await EditorAsync(language);

        var response = await api.GetAsync("/api/v1/admin/posts/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_problem_not_a_page()
    {
        var api = await EditorAsync("ar");

        var response = await api.PostAsync("/api/v1/admin/posts", new StringContent("{ \"title\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("تعذّرت قراءة", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_with_a_bearer_challenge()
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync("/api/v1/admin/posts");
        var forged = await _factory.ApiClient("qlm_" + new string('A', 43)).GetAsync("/api/v1/admin/posts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
    }
}
