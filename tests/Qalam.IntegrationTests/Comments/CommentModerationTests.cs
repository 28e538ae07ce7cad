using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Comments;

/// <summary>The moderation queue by role, as in WordPress: editors moderate all comments, authors those on their posts, contributors none.</summary>
public sealed class CommentModerationTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(int PostId, string Slug, int CommentId)> PendingCommentAsync(string? authorSlug, string text)
    {
        var (id, slug) = await _factory.AddPostAsync(new NewPost("مقال " + text, "<p>نص.</p>")
        { AuthorSlug = authorSlug, CategorySlug = null, PublishedUtc = _factory.Clock.GetUtcNow().AddDays(-1) });
        return (id, slug, await _factory.AddCommentAsync(id, "قارئ", $"<p>{text}</p>", CommentStatus.Pending));
    }

    private async Task<string> SlugOfAsync(string emailStart) =>
        await _factory.WithDbAsync(db => db.People.Where(p => p.Email!.StartsWith(emailStart)).Select(p => p.Slug).SingleAsync());

    private static async Task<HttpResponseMessage> ActAsync(HttpClient client, int commentId, string act, string status = "Pending")
    {
        var doc = await client.GetDocumentAsync($"/admin/comments?status={status}");
        var fields = new Dictionary<string, string> { [Forms.TokenField] = doc.Token("main form"), ["id"] = commentId.ToString(), ["act"] = act };
        return await client.PostAsync("/admin/comments?handler=Act", new FormUrlEncodedContent(fields));
    }

    private Task<CommentStatus?> StatusAsync(int id) =>
        _factory.WithDbAsync(async db => (await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id))?.Status);

    [Fact]
    public async Task Contributor_cannot_open_the_moderation_queue()
    {
        var contributor = await _factory.SignedInClientAsync(Role.Contributor);
        var response = await contributor.GetAsync("/admin/comments");
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/admin/denied")));
    }

    [Fact]
    public async Task Author_moderates_comments_on_their_own_posts_only()
    {
        var author = await _factory.SignedInClientAsync(Role.Author, "author-own@example.org");
        var (_, _, own) = await PendingCommentAsync(await SlugOfAsync("author-own"), "على مقالي");
        var (_, _, others) = await PendingCommentAsync(null, "على مقال غيري");
        var queue = await author.GetDocumentAsync("/admin/comments");
        Assert.Equal(["على مقالي"], queue.Texts(".queued-comment .comment-body"));

        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(author, others, "approve")).StatusCode);
        Assert.Equal(CommentStatus.Pending, await StatusAsync(others));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(author, own, "approve")).StatusCode);
        Assert.Equal(CommentStatus.Approved, await StatusAsync(own));
    }

    [Fact]
    public async Task Editor_approves_and_the_comment_shows_under_the_post_and_in_the_audit_log()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var (_, slug, id) = await PendingCommentAsync(null, "تعليق للاعتماد");
        var reader = _factory.CreateBrowserlessClient();
        Assert.Empty((await reader.GetDocumentAsync(Urls.Post(slug))).QuerySelectorAll("#comments .comment"));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, id, "approve")).StatusCode);

        Assert.Equal(["تعليق للاعتماد"], (await reader.GetDocumentAsync(Urls.Post(slug))).Texts("#comments .comment-body"));
        Assert.True(await _factory.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "comment-approve" && a.Subject == $"comment:{id}")));
    }

    [Fact]
    public async Task Editor_moves_a_comment_through_spam_and_trash_and_deletes_it_from_trash_only()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var (_, _, id) = await PendingCommentAsync(null, "تعليق مزعج");

        await ActAsync(editor, id, "spam");
        Assert.Equal(CommentStatus.Spam, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(editor, id, "delete", "Spam")).StatusCode);
        await ActAsync(editor, id, "restore", "Spam");
        Assert.Equal(CommentStatus.Pending, await StatusAsync(id));
        await ActAsync(editor, id, "trash");
        Assert.Equal(CommentStatus.Trash, await StatusAsync(id));
        Assert.Equal("(1)", (await editor.GetDocumentAsync("/admin/comments?status=Trash")).QuerySelector("a[aria-current=page] .count")!.TextContent);
        await ActAsync(editor, id, "delete", "Trash");
        Assert.Null(await StatusAsync(id));
    }

    [Fact]
    public async Task An_editors_reply_is_published_at_once_under_their_name()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor, "editor-reply@example.org");
        var (_, slug, id) = await PendingCommentAsync(null, "سؤال من قارئ");
        var doc = await editor.GetDocumentAsync("/admin/comments");
        var fields = new Dictionary<string, string> { [Forms.TokenField] = doc.Token("main form"), ["id"] = id.ToString(), ["text"] = "شكرًا على سؤالك." };

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync("/admin/comments?handler=Reply", new FormUrlEncodedContent(fields))).StatusCode);

        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync(Urls.Post(slug));
        Assert.Equal(["قارئ", "Editor editor"], page.Texts("#comments .comment-author"));
        Assert.Equal(["سؤال من قارئ", "شكرًا على سؤالك."], page.Texts("#comments .comment-body"));
    }
}
