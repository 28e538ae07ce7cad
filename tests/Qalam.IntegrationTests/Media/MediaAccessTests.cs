using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Media;

/// <summary>Who may use the library, checked on the server by URL and by form post, whatever the menu shows.</summary>
public sealed class MediaAccessTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/admin/media")]
    [InlineData("/admin/media?type=image")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_get_no_picker_json()
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync("/admin/media/picker.json");
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"status {(int)response.StatusCode}");
        Assert.NotEqual("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_anonymous_upload_post_stores_nothing()
    {
        var response = await _factory.CreateBrowserlessClient().UploadAsync(MediaFiles.Jpeg(50, 50), "a.jpg", token: "");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Media.CountAsync()));
    }

    [Fact]
    public async Task A_contributor_is_refused_the_library_its_picker_and_the_menu_entry()
    {
        var client = await _factory.SignedInClientAsync(Role.Contributor);
        var page = await client.GetAsync("/admin/media");
        AssertDenied(page);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/media/picker.json")).StatusCode);
        var dashboard = await client.GetDocumentAsync("/admin");
        Assert.Null(dashboard.QuerySelector("nav a[href='/admin/media']"));
    }

    [Fact]
    public async Task A_contributor_upload_post_with_a_valid_token_is_refused_and_stores_nothing()
    {
        var client = await _factory.SignedInClientAsync(Role.Contributor);
        // A contributor cannot open the library, so the token comes from a page they can open (tokens are per person, not per form).
        var token = (await client.GetDocumentAsync("/admin/sign-in")).Token();
        var response = await client.UploadAsync(MediaFiles.Jpeg(50, 50), "a.jpg", token: token);
        AssertDenied(response);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Media.CountAsync()));
    }

    [Theory]
    [InlineData(Role.Author)]
    [InlineData(Role.Editor)]
    [InlineData(Role.Administrator)]
    public async Task Authors_and_up_open_the_library_and_upload(Role role)
    {
        var client = await _factory.SignedInClientAsync(role);
        var doc = await client.GetDocumentAsync("/admin/media");
        Assert.Equal("مكتبة الوسائط", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("nav a[href='/admin/media']"));
        var response = await client.UploadAsync(MediaFiles.Jpeg(50, 50), "a.jpg");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Media.CountAsync()));
        var audit = await _factory.WithDbAsync(db => db.Audit.Where(a => a.Action == "media-uploaded").ToListAsync());
        Assert.Single(audit);
    }

    [Fact]
    public async Task An_upload_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        var response = await client.UploadAsync(MediaFiles.Jpeg(50, 50), "a.jpg", token: "");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Media.CountAsync()));
    }

    [Fact]
    public async Task An_author_cannot_edit_or_delete_someone_elses_upload_but_an_editor_can()
    {
        var owner = await _factory.SignedInClientAsync(Role.Author);
        await owner.UploadAsync(MediaFiles.Jpeg(50, 50), "mine.jpg");
        var id = await _factory.WithDbAsync(db => db.Media.Select(m => m.Id).SingleAsync());

        var other = await _factory.SignedInClientAsync(Role.Author);
        AssertDenied(await other.GetAsync($"/admin/media/{id}"));
        var token = (await other.GetDocumentAsync("/admin/media")).Token(MediaForms.UploadForm);
        var delete = await other.PostAsync($"/admin/media/{id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token }));
        AssertDenied(delete);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Media.CountAsync()));

        var editor = await _factory.SignedInClientAsync(Role.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/media/{id}")).StatusCode);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
