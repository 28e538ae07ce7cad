using Microsoft.EntityFrameworkCore;
using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

public sealed class PostRightsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    /// <summary>The number the list says it holds, in Western or Arabic-Indic digits.</summary>
    private static int Count(AngleSharp.Dom.IDocument doc) =>
        int.Parse(string.Concat(doc.QuerySelector("p.count")!.TextContent.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c)))));

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
        Assert.Equal(["مقالة الكاتب"], all);
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

        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
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
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
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

    [Fact]
    public async Task Authors_see_other_peoples_posts_in_the_list_only_once_published_and_counts_agree()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var other = await _factory.SignInAsync(Role.Author);
        await _factory.AddPostAsync(author.Id, "مسودتي");
        await _factory.AddPostAsync(other.Id, "منشورة لزميل", PostStatus.Published);
        await _factory.AddPostAsync(other.Id, "مسودة زميل سرية");
        await _factory.AddPostAsync(other.Id, "خاصة بزميل", PostStatus.Private);
        await _factory.AddPostAsync(other.Id, "بانتظار المراجعة لزميل", PostStatus.PendingReview);
        await _factory.AddPostAsync(other.Id, "مجدولة لزميل", PostStatus.Scheduled, publishAt: _factory.Clock.GetUtcNow().AddDays(2));
        const string titles = "table.posts tbody td:nth-child(2) > a, table.posts tbody td:nth-child(2) > span:first-child";

        var all = await author.Client.GetDocumentAsync("/admin/posts");
        var drafts = await author.Client.GetDocumentAsync("/admin/posts?Status=Draft");
        var privates = await author.Client.GetDocumentAsync("/admin/posts?Status=Private");
        var theirs = await author.Client.GetDocumentAsync($"/admin/posts?Author={other.Id}");
        var search = await author.Client.GetDocumentAsync("/admin/posts?Q=" + Uri.EscapeDataString("زميل"));
        var editors = await (await _factory.SignInAsync(Role.Editor)).Client.GetDocumentAsync("/admin/posts");

        Assert.Equal(["مسودتي", "منشورة لزميل"], all.Texts(titles).Order());
        Assert.Equal(2, Count(all));
        Assert.Equal(["مسودتي"], drafts.Texts(titles));
        Assert.Empty(privates.Texts(titles));
        Assert.Equal(0, Count(privates));
        Assert.Equal(["منشورة لزميل"], theirs.Texts(titles));
        Assert.Equal(["منشورة لزميل"], search.Texts(titles));
        Assert.Equal(6, editors.Texts(titles).Count);
    }

    [Fact]
    public async Task Another_persons_post_answers_404_like_a_missing_one_in_every_handler()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var other = await _factory.SignInAsync(Role.Author);
        var theirs = await _factory.AddPostAsync(other.Id, "مسودة زميل");
        var revision = await _factory.WithDbAsync(db => db.Revisions.Where(r => r.PostId == theirs).Select(r => r.Id).FirstAsync());
        var token = (await author.Client.GetDocumentAsync("/admin/posts/new")).Token("#editor-form");

        async Task<HttpStatusCode[]> AskAsync(int id)
        {
            var form = (Dictionary<string, string> fields) => new FormUrlEncodedContent(new Dictionary<string, string>(fields) { [Forms.TokenField] = token });
            return
            [
                (await author.Client.GetAsync($"/admin/posts/{id}")).StatusCode,
                (await author.Client.PostAsync($"/admin/posts/{id}", form(new() { ["Form.Title"] = "عنوان", ["Form.Version"] = "1", ["Intent"] = "Save" }))).StatusCode,
                (await author.Client.PostAsync($"/admin/posts/{id}?handler=Autosave", form(new() { ["Form.Title"] = "عنوان", ["Form.Version"] = "1" }))).StatusCode,
                (await author.Client.GetAsync($"/admin/posts/{id}/preview")).StatusCode,
                (await author.Client.GetAsync($"/admin/posts/{id}/revisions")).StatusCode,
                (await author.Client.PostAsync($"/admin/posts/{id}/revisions?handler=Restore", form(new() { ["revisionId"] = revision.ToString() }))).StatusCode,
            ];
        }

        var hidden = await AskAsync(theirs);
        var missing = await AskAsync(theirs + 1000);

        Assert.All(hidden, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(missing, hidden);
        var post = await _factory.PostAsync(theirs);
        Assert.Equal(("مسودة زميل", 1), (post.Title, post.Version));
    }
}
