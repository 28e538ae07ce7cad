using System.Net;
using AngleSharp.Dom;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>What each row of the post list offers, by status and by right, and the trash and restore actions themselves.</summary>
public sealed class PostRowActionsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static IElement Row(IDocument doc, string title) =>
        doc.QuerySelectorAll("table.posts tbody tr").Single(r => r.QuerySelector("td:nth-child(2) > a, td:nth-child(2) > span")!.TextContent.Trim() == title);

    private static IReadOnlyList<string> Actions(IElement row) =>
        row.QuerySelectorAll(".row-links a, .row-links button").Select(e => e.TextContent.Trim()).ToList();

    private static Task<HttpResponseMessage> PressAsync(HttpClient client, string listUrl, IElement button) =>
        client.PostFormAsync(listUrl, new Dictionary<string, string> { [button.GetAttribute("name")!] = button.GetAttribute("value")! },
            postUrl: button.GetAttribute("formaction"), formSelector: "#bulk");

    [Fact]
    public async Task Each_status_gets_its_actions_and_only_public_posts_a_view_link()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var published = await _factory.AddPostAsync(editor.Id, "منشورة", PostStatus.Published);
        await _factory.AddPostAsync(editor.Id, "مسودة");
        await _factory.AddPostAsync(editor.Id, "مجدولة", PostStatus.Scheduled, publishAt: _factory.Clock.GetUtcNow().AddDays(2));
        await _factory.AddPostAsync(editor.Id, "محذوفة", PostStatus.Trash);

        var list = await editor.Client.GetDocumentAsync("/admin/posts");
        var trash = await editor.Client.GetDocumentAsync("/admin/posts?Status=Trash");

        Assert.Equal(["تحرير", "عرض", "معاينة", "نقل إلى سلة المحذوفات"], Actions(Row(list, "منشورة")));
        Assert.Equal(["تحرير", "معاينة", "نقل إلى سلة المحذوفات"], Actions(Row(list, "مسودة")));
        Assert.Equal(["تحرير", "معاينة", "نقل إلى سلة المحذوفات"], Actions(Row(list, "مجدولة")));
        Assert.Equal(["تحرير", "معاينة", "استعادة"], Actions(Row(trash, "محذوفة")));
        var slug = (await _factory.PostAsync(published)).Slug;
        Assert.Equal("/" + Uri.EscapeDataString(slug), Row(list, "منشورة").QuerySelector(".row-links a[href^='/'][aria-label^='عرض']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Trash_and_restore_move_the_post_and_say_so()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var id = await _factory.AddPostAsync(editor.Id, "مقالة للحذف", PostStatus.Published);

        var list = await editor.Client.GetDocumentAsync("/admin/posts");
        var trashed = await PressAsync(editor.Client, "/admin/posts", Row(list, "مقالة للحذف").QuerySelector("button[formaction*='Trash']")!);
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.Equal(PostStatus.Trash, (await _factory.PostAsync(id)).Status);
        Assert.Equal("نُقلت «مقالة للحذف» إلى سلة المحذوفات.", (await editor.Client.GetDocumentAsync("/admin/posts")).QuerySelector(".flash")!.TextContent.Trim());

        var trash = await editor.Client.GetDocumentAsync("/admin/posts?Status=Trash");
        var restored = await PressAsync(editor.Client, "/admin/posts?Status=Trash", Row(trash, "مقالة للحذف").QuerySelector("button[formaction*='Restore']")!);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("/admin/posts?Status=Trash", restored.Headers.Location!.OriginalString);
        var post = await _factory.PostAsync(id);
        Assert.Equal((PostStatus.Draft, (DateTimeOffset?)null), (post.Status, post.TrashedUtc));
        Assert.Equal(["post-published", "post-trashed", "post-restored"], await _factory.AuditActionsAsync(id));
    }

    [Fact]
    public async Task An_author_gets_no_trash_button_on_others_posts_and_a_forged_one_is_refused()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var author = await _factory.SignInAsync(Role.Author);
        var theirs = await _factory.AddPostAsync(editor.Id, "مقالة المحرر", PostStatus.Published);
        var own = await _factory.AddPostAsync(author.Id, "مقالتي", PostStatus.Published);

        var list = await author.Client.GetDocumentAsync("/admin/posts");
        Assert.Equal(["عرض"], Actions(Row(list, "مقالة المحرر")));
        Assert.Contains("نقل إلى سلة المحذوفات", Actions(Row(list, "مقالتي")));

        var forged = await author.Client.PostFormAsync("/admin/posts", new Dictionary<string, string> { ["id"] = theirs.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            postUrl: "/admin/posts?handler=Trash", formSelector: "#bulk");
        // Another's post the person may not open answers as if it did not exist, as everywhere in the admin.
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(PostStatus.Published, (await _factory.PostAsync(theirs)).Status);

        var contributor = await _factory.SignInAsync(Role.Contributor);
        var draft = await _factory.AddPostAsync(contributor.Id, "مسودة المساهم");
        Assert.Equal(["تحرير", "معاينة"], Actions(Row(await contributor.Client.GetDocumentAsync("/admin/posts"), "مسودة المساهم")));
        var refused = await contributor.Client.PostFormAsync("/admin/posts", new Dictionary<string, string> { ["id"] = draft.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            postUrl: "/admin/posts?handler=Trash", formSelector: "#bulk");
        Assert.True(refused.IsRefused(), refused.StatusCode.ToString());
        Assert.Equal(PostStatus.Draft, (await _factory.PostAsync(draft)).Status);
        Assert.Equal(PostStatus.Published, (await _factory.PostAsync(own)).Status);
    }
}
