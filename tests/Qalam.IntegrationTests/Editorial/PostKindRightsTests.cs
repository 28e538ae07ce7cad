using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>Statements, endorsements and pages are editors' and administrators' work, whatever the form sends.</summary>
public sealed class PostKindRightsTests : IDisposable
{
    private const string Refusal = "لا يحق لك";
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Fields(string title, string kind, string? slug = null) => new()
    {
        ["Form.Title"] = title, ["Form.BodyHtml"] = "<p>نص رسمي</p>", ["Form.Kind"] = kind, ["Form.Slug"] = slug ?? "",
    };

    private async Task<int> SetKindAsync(int id, PostKind kind)
    {
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            (await db.Posts.FindAsync(id))!.Kind = kind;
            await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task Author_cannot_publish_a_statement()
    {
        var author = await _factory.SignInAsync(Role.Author);

        var response = await author.Client.SubmitAsync("/admin/posts/new", Fields("بيان مزوّر", "Statement"), "#editor-form", ("Intent", "Publish"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(Refusal, (await response.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Statements.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateBrowserlessClient().GetAsync("/statements/2026/1")).StatusCode);
    }

    [Fact]
    public async Task Author_cannot_put_a_page_live_at_a_site_address()
    {
        var author = await _factory.SignInAsync(Role.Author);

        var response = await author.Client.SubmitAsync("/admin/posts/new", Fields("سياسة الخصوصية", "Page", "privacy"), "#editor-form", ("Intent", "Publish"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateBrowserlessClient().GetAsync("/privacy")).StatusCode);
    }

    [Theory]
    [InlineData(Role.Author, "Statement")]
    [InlineData(Role.Author, "Endorsement")]
    [InlineData(Role.Contributor, "Page")]
    public async Task A_writer_cannot_turn_their_news_into_an_official_kind(Role role, string kind)
    {
        var writer = await _factory.SignInAsync(role);
        var id = await _factory.AddPostAsync(writer.Id, "خبري");

        var response = await writer.Client.SubmitAsync($"/admin/posts/{id}", new Dictionary<string, string> { ["Form.Kind"] = kind }, "#editor-form", ("Intent", "Save"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(Refusal, (await response.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        var post = await _factory.PostAsync(id);
        Assert.Equal(PostKind.News, post.Kind);
        Assert.Equal(1, post.Version);
    }

    [Fact]
    public async Task Author_cannot_open_publish_autosave_or_restore_their_own_post_of_an_editors_kind()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var id = await SetKindAsync(await _factory.AddPostAsync(author.Id, "صفحة من نصيب المحرر"), PostKind.Page);
        var revision = await _factory.WithDbAsync(db => db.Revisions.Where(r => r.PostId == id).Select(r => r.Id).FirstAsync());
        var token = (await author.Client.GetDocumentAsync("/admin/posts/new")).Token("#editor-form");

        var open = await author.Client.GetAsync($"/admin/posts/{id}");
        var save = await author.Client.PostAsync($"/admin/posts/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token, ["Form.Title"] = "تعديل", ["Form.Kind"] = "Page", ["Form.Version"] = "1", ["Intent"] = "Publish",
        }));
        var autosave = await author.Client.PostAsync($"/admin/posts/{id}?handler=Autosave", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token, ["Form.Title"] = "تعديل تلقائي", ["Form.Version"] = "1",
        }));
        var restore = await author.Client.PostAsync($"/admin/posts/{id}/revisions?handler=Restore", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token, ["revisionId"] = revision.ToString(),
        }));
        var bulk = await author.Client.SubmitAsync("/admin/posts", new Dictionary<string, string> { ["action"] = "Publish", ["ids"] = id.ToString() }, "#bulk");

        Assert.True(open.IsRefused(), $"{open.StatusCode}");
        Assert.True(save.IsRefused(), $"{save.StatusCode}");
        Assert.True(autosave.IsRefused(), $"{autosave.StatusCode}");
        Assert.True(restore.IsRefused(), $"{restore.StatusCode}");
        Assert.Contains("رُفض 1", (await author.Client.GetDocumentAsync(bulk.Headers.Location!.OriginalString)).QuerySelector(".flash")!.TextContent);
        var post = await _factory.PostAsync(id);
        Assert.Equal(("صفحة من نصيب المحرر", PostStatus.Draft, 1), (post.Title, post.Status, post.Version));
    }

    [Fact]
    public async Task The_editor_form_offers_only_the_kinds_the_person_may_use()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var editor = await _factory.SignInAsync(Role.Editor);

        var authors = (await author.Client.GetDocumentAsync("/admin/posts/new")).QuerySelectorAll("#kind option").Select(o => o.GetAttribute("value"));
        var editors = (await editor.Client.GetDocumentAsync("/admin/posts/new")).QuerySelectorAll("#kind option").Select(o => o.GetAttribute("value"));

        Assert.Equal(["News"], authors);
        Assert.Equal(["News", "Endorsement", "Statement", "Page"], editors);
    }

    [Fact]
    public async Task Editor_publishes_a_page_and_a_statement_from_the_post_editor()
    {
        var editor = await _factory.SignInAsync(Role.Editor);

        var page = await editor.Client.SubmitAsync("/admin/posts/new", Fields("سياسة الخصوصية", "Page", "privacy"), "#editor-form", ("Intent", "Publish"));
        var statement = await editor.Client.SubmitAsync("/admin/posts/new", Fields("بيان المؤسسة", "Statement"), "#editor-form", ("Intent", "Publish"));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, statement.StatusCode);
        var site = _factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("/privacy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("/statements/2026/1")).StatusCode);
    }
}
