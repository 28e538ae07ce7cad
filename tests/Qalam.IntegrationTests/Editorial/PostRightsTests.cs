using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

public sealed class PostRightsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Contributor_sees_only_their_own_posts_in_the_list()
    {
        var contributor = await _factory.SignInAsync(Role.Contributor);
        var author = await _factory.SignInAsync(Role.Author);
        await _factory.AddPostAsync(contributor.Id, "مسودة المساهم");
        await _factory.AddPostAsync(author.Id, "مقالة الكاتب", PostStatus.Published);

        var mine = (await contributor.Client.GetDocumentAsync("/admin/posts")).Texts("table.posts tbody td:nth-child(2) > a, table.posts tbody td:nth-child(2) > span:first-child");
        var all = (await author.Client.GetDocumentAsync("/admin/posts")).Texts("table.posts tbody td:nth-child(2) > a, table.posts tbody td:nth-child(2) > span:first-child");

        Assert.Equal(["مسودة المساهم"], mine);
        Assert.Equal(["مسودة المساهم", "مقالة الكاتب"], all.Order());
    }

    [Fact]
    public async Task Contributor_cannot_open_or_save_another_persons_post_and_nothing_changes()
    {
        var owner = await _factory.SignInAsync(Role.Author);
        var contributor = await _factory.SignInAsync(Role.Contributor);
        var id = await _factory.AddPostAsync(owner.Id, "مقالة لا تخصه");
        var token = (await contributor.Client.GetDocumentAsync("/admin/posts/new")).Token("#editor-form");

        var open = await contributor.Client.GetAsync($"/admin/posts/{id}");
        var save = await contributor.Client.PostAsync($"/admin/posts/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token, ["Form.Title"] = "عنوان مسروق", ["Form.BodyHtml"] = "<p>تخريب</p>", ["Form.Version"] = "1", ["Intent"] = "Save",
        }));
        var preview = await contributor.Client.GetAsync($"/admin/posts/{id}/preview");

        Assert.True(open.IsRefused(), $"{open.StatusCode} {open.Headers.Location}");
        Assert.True(save.IsRefused(), $"{save.StatusCode} {save.Headers.Location}");
        Assert.True(preview.IsRefused(), $"{preview.StatusCode} {preview.Headers.Location}");
        var post = await _factory.PostAsync(id);
        Assert.Equal("مقالة لا تخصه", post.Title);
        Assert.Equal(1, post.Version);
    }

    [Fact]
    public async Task Contributor_can_submit_for_review_but_a_forged_publish_is_refused()
    {
        var contributor = await _factory.SignInAsync(Role.Contributor);
        var id = await _factory.AddPostAsync(contributor.Id, "مسودتي");
        var page = await contributor.Client.GetDocumentAsync($"/admin/posts/{id}");
        Assert.Empty(page.QuerySelectorAll("button[name=Intent][value=Publish]"));

        var publish = await contributor.Client.SubmitAsync(page, $"/admin/posts/{id}", button: ("Intent", "Publish"));
        Assert.True(publish.IsRefused());
        Assert.Equal(PostStatus.Draft, (await _factory.PostAsync(id)).Status);

        var review = await contributor.Client.SubmitAsync($"/admin/posts/{id}", button: ("Intent", "Review"));
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.Equal(PostStatus.PendingReview, (await _factory.PostAsync(id)).Status);
    }

    [Fact]
    public async Task Author_publishes_their_own_post_and_cannot_touch_another_authors()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var other = await _factory.SignInAsync(Role.Author);
        var mine = await _factory.AddPostAsync(author.Id, "مقالتي");
        var theirs = await _factory.AddPostAsync(other.Id, "مقالة زميلي");

        var publish = await author.Client.SubmitAsync($"/admin/posts/{mine}", button: ("Intent", "Publish"));
        var open = await author.Client.GetAsync($"/admin/posts/{theirs}");
        var bulk = await author.Client.SubmitAsync("/admin/posts", new Dictionary<string, string> { ["action"] = "Trash", ["ids"] = theirs.ToString() }, "#bulk");

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(PostStatus.Published, (await _factory.PostAsync(mine)).Status);
        Assert.Equal(["post-published"], await _factory.AuditActionsAsync(mine));
        Assert.True(open.IsRefused());
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        Assert.Equal(PostStatus.Draft, (await _factory.PostAsync(theirs)).Status);
        var flash = (await author.Client.GetDocumentAsync(bulk.Headers.Location!.OriginalString)).QuerySelector(".flash")!.TextContent;
        Assert.Contains("رُفض 1", flash);
    }

    [Fact]
    public async Task Editor_bulk_publishes_and_trashes_anyones_posts_with_audit_entries()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var author = await _factory.SignInAsync(Role.Author);
        var a = await _factory.AddPostAsync(author.Id, "الأولى", PostStatus.PendingReview);
        var b = await _factory.AddPostAsync(author.Id, "الثانية", PostStatus.PendingReview);

        await editor.Client.SubmitAsync("/admin/posts", new Dictionary<string, string> { ["action"] = "Publish", ["ids"] = a.ToString() }, "#bulk");
        await editor.Client.PostAsync("/admin/posts?handler=Bulk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = (await editor.Client.GetDocumentAsync("/admin/posts")).Token("#bulk"), ["action"] = "Publish", ["ids"] = b.ToString(),
        }));
        await editor.Client.SubmitAsync("/admin/posts", new Dictionary<string, string> { ["action"] = "Draft", ["ids"] = a.ToString() }, "#bulk");
        await editor.Client.SubmitAsync("/admin/posts", new Dictionary<string, string> { ["action"] = "Trash", ["ids"] = b.ToString() }, "#bulk");

        Assert.Equal(PostStatus.Draft, (await _factory.PostAsync(a)).Status);
        Assert.Equal(PostStatus.Trash, (await _factory.PostAsync(b)).Status);
        Assert.Equal(["post-published", "post-unpublished"], await _factory.AuditActionsAsync(a));
        Assert.Equal(["post-published", "post-trashed"], await _factory.AuditActionsAsync(b));
    }

    [Fact]
    public async Task A_save_without_the_antiforgery_token_is_refused_and_nothing_changes()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var id = await _factory.AddPostAsync(editor.Id, "العنوان الأصلي");

        var response = await editor.Client.PostAsync($"/admin/posts/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Title"] = "عنوان بلا رمز", ["Form.Version"] = "1", ["Intent"] = "Publish",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var post = await _factory.PostAsync(id);
        Assert.Equal("العنوان الأصلي", post.Title);
        Assert.Equal(PostStatus.Draft, post.Status);
    }

    [Fact]
    public async Task Preview_is_for_people_with_access_and_sends_anonymous_visitors_to_sign_in()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var editor = await _factory.SignInAsync(Role.Editor);
        var id = await _factory.AddPostAsync(author.Id, "مسودة للمعاينة", body: "<h2>عنوان فرعي</h2><p>فقرة</p>");

        var anonymous = await _factory.CreateBrowserlessClient().GetAsync($"/admin/posts/{id}/preview");
        var own = await author.Client.GetDocumentAsync($"/admin/posts/{id}/preview");
        var editors = await editor.Client.GetDocumentAsync($"/admin/posts/{id}/preview");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/admin/sign-in", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("مسودة للمعاينة", own.QuerySelector("article.preview h1")!.TextContent);
        Assert.Equal("عنوان فرعي", editors.QuerySelector("article.preview .post-body h2")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateBrowserlessClient().GetAsync("/" + (await _factory.PostAsync(id)).Slug)).StatusCode);
    }
}
