using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;

namespace Qalam.IntegrationTests.Api.Admin;

/// <summary>
/// The admin API grants what the admin pages grant, by role (Accounts/Policies, Content/PostRights), narrowed by the
/// token's scopes: each row is one person with one token trying one thing.
/// </summary>
public sealed class AdminApiRightsTests(AdminApiRightsTests.Site site) : IClassFixture<AdminApiRightsTests.Site>
{
    public sealed class Site : IDisposable
    {
        public QalamFactory Factory { get; } = new(demo: false, settings: ApiSteps.Settings());
        public void Dispose() => Factory.Dispose();
    }

    private readonly QalamFactory _factory = site.Factory;

    public static TheoryData<Role, string, string, HttpStatusCode> Matrix => new()
    {
        // Reading and drafting: everyone with the right scope.
        { Role.Contributor, TokenScopes.PostsRead, "list", HttpStatusCode.OK },
        { Role.Contributor, TokenScopes.PostsWrite, "list", HttpStatusCode.Forbidden },
        { Role.Contributor, TokenScopes.PostsWrite, "draft", HttpStatusCode.Created },
        { Role.Contributor, TokenScopes.PostsRead, "draft", HttpStatusCode.Forbidden },
        // Publishing: authors and up; contributors only submit for review.
        { Role.Contributor, TokenScopes.PostsWrite, "publish", HttpStatusCode.Forbidden },
        { Role.Contributor, TokenScopes.PostsWrite, "pending", HttpStatusCode.Created },
        { Role.Author, TokenScopes.PostsWrite, "publish", HttpStatusCode.Created },
        { Role.Editor, TokenScopes.PostsWrite, "publish", HttpStatusCode.Created },
        // Statements and pages speak for the organisation: editors and up.
        { Role.Author, TokenScopes.PostsWrite, "statement", HttpStatusCode.Forbidden },
        { Role.Author, TokenScopes.PostsWrite, "page", HttpStatusCode.Forbidden },
        { Role.Editor, TokenScopes.PostsWrite, "statement", HttpStatusCode.Created },
        { Role.Administrator, TokenScopes.PostsWrite, "statement", HttpStatusCode.Created },
        // Terms: editors and up, with terms:write.
        { Role.Author, TokenScopes.TermsWrite, "tag", HttpStatusCode.Forbidden },
        { Role.Editor, TokenScopes.PostsWrite, "tag", HttpStatusCode.Forbidden },
        { Role.Editor, TokenScopes.TermsWrite, "tag", HttpStatusCode.Created },
        { Role.Administrator, TokenScopes.TermsWrite, "category", HttpStatusCode.Created },
        // Media: authors and up, with media:write.
        { Role.Contributor, TokenScopes.MediaWrite, "media", HttpStatusCode.Forbidden },
        { Role.Author, TokenScopes.PostsWrite, "media", HttpStatusCode.Forbidden },
        { Role.Author, TokenScopes.MediaWrite, "media", HttpStatusCode.Created },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_token_can_do_what_its_person_and_scope_allow(Role role, string scope, string action, HttpStatusCode expected)
    {
        var (_, api, _) = await _factory.PersonWithTokenAsync(role, scope);
        var title = $"{action} {Guid.NewGuid():N}";

        var response = action switch
        {
            "list" => await api.GetAsync("/api/v1/admin/posts"),
            "draft" => await api.CreatePostAsync(new { title, bodyHtml = "<p>نص</p>" }),
            "pending" => await api.CreatePostAsync(new { title, bodyHtml = "<p>نص</p>", status = "pending" }),
            "publish" => await api.CreatePostAsync(new { title, bodyHtml = "<p>نص</p>", status = "publish" }),
            "statement" => await api.CreatePostAsync(new { title, bodyHtml = "<p>بيان</p>", status = "publish", kind = "statement" }),
            "page" => await api.CreatePostAsync(new { title, bodyHtml = "<p>صفحة</p>", kind = "page" }),
            "tag" => await api.PostAsJsonAsync("/api/v1/admin/tags", new { name = title }),
            "category" => await api.PostAsJsonAsync("/api/v1/admin/categories", new { name = title }),
            "media" => await UploadAsync(api, MediaFiles.Jpeg(40, 30), "photo.jpg"),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (action is "draft" or "pending" or "publish" or "statement" or "page")
        {
            var saved = await _factory.WithDbAsync(db => db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Title == title));
            Assert.Equal(expected == HttpStatusCode.Created, saved is not null);
        }
    }

    [Fact]
    public async Task A_published_statement_is_numbered_and_its_audit_line_names_the_token()
    {
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite);

        var (id, _) = await api.NewPostAsync("بيان بشأن الانتخابات", status: "publish", kind: "statement");

        var statement = await _factory.WithDbAsync(db => db.Statements.AsNoTracking().SingleAsync(s => s.PostId == id));
        Assert.NotNull(statement.Number);
        var line = (await _factory.AuditAsync("post-published")).Single(e => e.Subject == $"post:{id}");
        Assert.EndsWith("(token: Editor script)", line.ActorName);
    }

    [Fact]
    public async Task An_author_cannot_turn_their_own_post_into_a_statement_or_touch_someone_elses()
    {
        var (_, author, _) = await _factory.PersonWithTokenAsync(Role.Author, TokenScopes.PostsWrite, TokenScopes.PostsRead);
        var (_, other, _) = await _factory.PersonWithTokenAsync(Role.Author, TokenScopes.PostsWrite, TokenScopes.PostsRead);
        var (mine, version) = await author.NewPostAsync("خبري");
        var (theirs, _) = await other.NewPostAsync("خبر زميل", status: "publish");

        var toStatement = await author.PatchJsonAsync($"/api/v1/admin/posts/{mine}", new { kind = "statement", version });
        var publishOwn = await author.PostAsJsonAsync($"/api/v1/admin/posts/{mine}/status", new { status = "publish" });
        var editTheirs = await author.PatchJsonAsync($"/api/v1/admin/posts/{theirs}", new { title = "عنوان مزوّر", version = 1 });
        var trashTheirs = await author.DeleteAsync($"/api/v1/admin/posts/{theirs}");

        Assert.Equal(HttpStatusCode.Forbidden, toStatement.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publishOwn.StatusCode);
        Assert.Equal("news", (await publishOwn.JsonAsync()).GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, editTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, trashTheirs.StatusCode);
        var post = await _factory.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == theirs));
        Assert.Equal(("خبر زميل", PostStatus.Published), (post.Title, post.Status));
        Assert.False(await _factory.WithDbAsync(db => db.Statements.AnyAsync(s => s.PostId == mine)));
    }

    [Fact]
    public async Task A_renamed_file_that_is_not_an_image_is_refused_with_the_librarys_reason()
    {
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Author, TokenScopes.MediaWrite);
        var before = await _factory.WithDbAsync(db => db.Media.CountAsync());

        var response = await UploadAsync(api, "#!/bin/sh\necho not a picture\n"u8.ToArray(), "photo.jpg");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("MediaRejected", problem.GetProperty("code").GetString());
        Assert.Contains("read from the file's content", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Media.CountAsync()));
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient api, byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name }, { new StringContent("صورة"), "altText" } };
        return api.PostAsync("/api/v1/admin/media", form);
    }
}
