using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Comments;

/// <summary>What readers see of comments: approved ones only, threaded, with no e-mail, and counts in the lists.</summary>
public sealed class CommentDisplayTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly HttpClient _client;

    public CommentDisplayTests() => _client = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    private Task<(int Id, string Slug)> PostAsync(string title) =>
        _factory.AddPostAsync(new NewPost(title, "<p>نص المقال.</p>") { AuthorSlug = null, CategorySlug = null, PublishedUtc = _factory.Clock.GetUtcNow().AddDays(-1) });

    [Fact]
    public async Task Approved_comments_show_threaded_under_their_post_without_email()
    {
        var (id, slug) = await PostAsync("مقال للنقاش");
        var first = await _factory.AddCommentAsync(id, "سالم", "<p>تعليق أول.</p>", email: "salem-secret@example.org");
        var reply = await _factory.AddCommentAsync(id, "Mona", "<p>رد على سالم.</p>", parentId: first);
        await _factory.AddCommentAsync(id, "هدى", "<p>رد على الرد.</p>", parentId: reply);
        await _factory.AddCommentAsync(id, "منتظر", "<p>تعليق ينتظر المراجعة.</p>", CommentStatus.Pending);
        await _factory.AddCommentAsync(id, "مزعج", "<p>اشتر الآن.</p>", CommentStatus.Spam);
        await _factory.AddCommentAsync(id, "محذوف", "<p>في المهملات.</p>", CommentStatus.Trash);

        var response = await _client.GetAsync(Urls.Post(slug));
        var html = await response.Content.ReadAsStringAsync();
        var doc = await _client.GetDocumentAsync(Urls.Post(slug));

        Assert.Equal(["سالم", "Mona", "هدى"], doc.Texts("#comments .comment .comment-author"));
        Assert.Equal(["comment depth-0", "comment depth-1", "comment depth-2"], doc.QuerySelectorAll("#comments .comment").Select(c => c.ClassName!));
        Assert.Equal("bdi", doc.QuerySelector("#comments .comment-author")!.LocalName);
        Assert.Equal("(3 تعليقات)", doc.QuerySelector("#comments-heading .comment-count")!.TextContent);
        Assert.DoesNotContain("salem-secret@example.org", html);
        Assert.DoesNotContain("reader@example.org", html);
        foreach (var hidden in new[] { "ينتظر المراجعة", "اشتر الآن", "في المهملات" }) Assert.DoesNotContain(hidden, html);
    }

    [Fact]
    public async Task Post_lists_show_a_comment_count_in_the_site_digits()
    {
        var (id, _) = await PostAsync("مقال عليه تعليقات");
        await PostAsync("مقال بلا تعليقات");
        for (var i = 0; i < 3; i++) await _factory.AddCommentAsync(id, $"قارئ {i}", "<p>تعليق.</p>");
        await _factory.AddCommentAsync(id, "منتظر", "<p>لم يعتمد.</p>", CommentStatus.Pending);

        Assert.Equal(["3 تعليقات"], (await _client.GetDocumentAsync("/")).Texts(".post-list .comment-count"));

        await _factory.ChangeSettingsAsync(s => s.Digits = DigitStyle.ArabicIndic);
        Assert.Equal(["٣ تعليقات"], (await _client.GetDocumentAsync("/")).Texts(".post-list .comment-count"));
    }

    [Fact]
    public async Task Comments_are_plain_text_with_safe_links()
    {
        var (id, slug) = await PostAsync("مقال بروابط");
        await _factory.AddCommentAsync(id, "زائر", "<p>انظر <script>alert(1)</script><a href=\"javascript:alert(2)\">هنا</a> https://example.org/report.</p><img src=x onerror=alert(3)>");

        var body = (await _client.GetDocumentAsync(Urls.Post(slug))).QuerySelector("#comments .comment-body")!;

        Assert.Empty(body.QuerySelectorAll("script, img, [onerror]"));
        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal("https://example.org/report", link.GetAttribute("href"));
        Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel"));
        Assert.Contains("هنا", body.TextContent);
    }

    [Fact]
    public async Task Comments_of_a_post_that_is_not_public_show_nowhere()
    {
        var (id, slug) = await PostAsync("مقال سيعود مسودة");
        await _factory.AddCommentAsync(id, "قارئ", "<p>تعليق على مقال سحب.</p>");
        await _factory.WithDbAsync(async db => { (await db.Posts.FindAsync(id))!.Status = PostStatus.Draft; return await db.SaveChangesAsync(); });

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync(Urls.Post(slug))).StatusCode);
        Assert.Empty((await _client.GetDocumentAsync("/")).Texts(".post-list .comment-count"));
        Assert.DoesNotContain("تعليق على مقال سحب", await _client.GetStringAsync("/feed"));
    }
}
