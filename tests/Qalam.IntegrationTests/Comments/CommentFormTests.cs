using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Comments;

/// <summary>The public comment form: refused while comments are off or closed, held for moderation, robots and floods turned away.</summary>
public sealed class CommentFormTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly HttpClient _client;

    public CommentFormTests() => _client = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    private async Task<(int Id, string Slug)> OpenPostAsync(int publishedDaysAgo = 1)
    {
        await _factory.ChangeSettingsAsync(s => s.CommentsOpen = true);
        return await _factory.AddPostAsync(new NewPost("مقال مفتوح للتعليق", "<p>نص.</p>")
        { AuthorSlug = null, CategorySlug = null, PublishedUtc = _factory.Clock.GetUtcNow().AddDays(-publishedDaysAgo) });
    }

    private static Dictionary<string, string> Fields(string text = "تعليق مفيد.", string website = "") =>
        new() { ["Name"] = "قارئة", ["Email"] = "reader@example.org", ["Text"] = text, ["Website"] = website };

    /// <summary>Fills the form on the post's page as a reader would (its hidden fields and token included) and sends it.</summary>
    private async Task<HttpResponseMessage> SendAsync(string slug, Dictionary<string, string> fields)
    {
        var form = (await _client.GetDocumentAsync(Urls.Post(slug))).QuerySelector("form.comment-form")!;
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]")) fields[hidden.GetAttribute("name")!] = hidden.GetAttribute("value")!;
        return await _client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private Task<List<Comment>> StoredAsync() => _factory.WithDbAsync(db => db.Comments.AsNoTracking().ToListAsync());

    [Fact]
    public async Task New_comments_are_off_by_default_and_a_post_is_refused()
    {
        var (_, slug) = await OpenPostAsync();
        var page = await _client.GetDocumentAsync(Urls.Post(slug));
        var token = page.Token("form.comment-form");
        var postId = page.QuerySelector("form.comment-form input[name=PostId]")!.GetAttribute("value")!;
        await _factory.ChangeSettingsAsync(s => s.CommentsOpen = false);

        Assert.Null((await _client.GetDocumentAsync(Urls.Post(slug))).QuerySelector("form.comment-form"));
        var fields = Fields();
        fields[Forms.TokenField] = token;
        fields["PostId"] = postId;
        var response = await _client.PostAsync("/comments", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("التعليقات مغلقة على هذا المقال.", (await response.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty(await StoredAsync());
        Assert.False(new SiteSettings().CommentsOpen);
    }

    [Fact]
    public async Task A_new_comment_is_held_for_moderation_and_the_reader_is_told()
    {
        var (_, slug) = await OpenPostAsync();

        var response = await SendAsync(slug, Fields("تعليق ينتظر المراجعة."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var back = response.Headers.Location!.OriginalString;
        Assert.EndsWith("?comment=held#comments", back);
        var page = await _client.GetDocumentAsync(back);
        Assert.Equal("شكرًا لك. تعليقك بانتظار المراجعة.", page.QuerySelector("#comments [role=status]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("#comments .comment"));
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("reader@example.org", stored.AuthorEmail);
    }

    [Fact]
    public async Task A_filled_honeypot_is_answered_as_held_and_discarded()
    {
        var (_, slug) = await OpenPostAsync();

        var response = await SendAsync(slug, Fields(website: "http://spam.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("?comment=held#comments", response.Headers.Location!.OriginalString);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task The_sixth_comment_in_ten_minutes_from_one_address_is_refused()
    {
        var (_, slug) = await OpenPostAsync();
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(slug, Fields($"تعليق {i}"))).StatusCode);

        var response = await SendAsync(slug, Fields("تعليق سادس"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("أرسلت تعليقات كثيرة", (await response.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(5, (await StoredAsync()).Count);
    }

    [Fact]
    public async Task Comments_close_after_the_set_number_of_days()
    {
        await _factory.ChangeSettingsAsync(s => s.CommentsCloseAfterDays = 30);
        var (_, slug) = await OpenPostAsync(publishedDaysAgo: 29);
        var page = await _client.GetDocumentAsync(Urls.Post(slug));
        Assert.NotNull(page.QuerySelector("form.comment-form"));

        _factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Null((await _client.GetDocumentAsync(Urls.Post(slug))).QuerySelector("form.comment-form"));
        var fields = Fields();
        fields[Forms.TokenField] = page.Token("form.comment-form");
        fields["PostId"] = page.QuerySelector("form.comment-form input[name=PostId]")!.GetAttribute("value")!;
        var response = await _client.PostAsync("/comments", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task A_published_comment_shows_markup_as_text_and_links_as_links()
    {
        await _factory.ChangeSettingsAsync(s => s.CommentsHeldForModeration = false);
        var (_, slug) = await OpenPostAsync();

        var response = await SendAsync(slug, Fields("<script>alert(1)</script> <b>عريض</b> المصدر: https://example.org/a?b=1."));
        var page = await _client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        var body = page.QuerySelector("#comments .comment-body")!;
        Assert.Empty(body.QuerySelectorAll("script, b"));
        Assert.Contains("<script>alert(1)</script>", body.TextContent);
        Assert.Equal("https://example.org/a?b=1", Assert.Single(body.QuerySelectorAll("a")).GetAttribute("href"));
        Assert.Equal("شكرًا لك. نُشر تعليقك.", page.QuerySelector("#comments [role=status]")!.TextContent);
    }

    [Fact]
    public async Task A_comment_without_an_email_is_refused_with_one_line()
    {
        var (_, slug) = await OpenPostAsync();
        var fields = Fields();
        fields["Email"] = "";

        var response = await SendAsync(slug, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("اكتب اسمك وبريدك الإلكتروني ونص التعليق (حتى 5000 حرف).", (await response.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty(await StoredAsync());
    }
}
