using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

public sealed class EditorTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_post_is_saved_with_an_arabic_slug_tags_and_a_sanitised_body()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var response = await author.Client.SubmitAsync("/admin/posts/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "إطلاق منصة قلم",
            ["Form.BodyHtml"] = "<h2>مقدمة</h2><p onclick=\"alert(1)\">نص <script>alert(1)</script>المقالة</p>",
            ["Form.Tags"] = "تقنية، ليبيا",
        }, "#editor-form", ("Intent", "Publish"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var post = await _factory.PostAsync(id);
        Assert.Equal("إطلاق-منصة-قلم", post.Slug);
        Assert.Equal(PostStatus.Published, post.Status);
        Assert.Equal("<h2>مقدمة</h2><p>نص المقالة</p>", post.BodyHtml);
        Assert.Equal(["تقنية", "ليبيا"], post.Tags.Select(t => t.Name).Order());
        Assert.Equal(["post-published"], await _factory.AuditActionsAsync(id));
        var page = await _factory.CreateClient().GetDocumentAsync("/" + Uri.EscapeDataString(post.Slug));
        Assert.Equal("إطلاق منصة قلم", page.QuerySelector("article h1")!.TextContent);
    }

    [Fact]
    public async Task A_missing_title_is_refused_in_arabic_and_the_body_is_kept()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var response = await author.Client.SubmitAsync("/admin/posts/new", new Dictionary<string, string>
        {
            ["Form.Title"] = " ", ["Form.BodyHtml"] = "<p>نص لا يضيع</p>",
        }, "#editor-form", ("Intent", "Save"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains("اكتب عنوانًا للمقالة", doc.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("<p>نص لا يضيع</p>", doc.QuerySelector("textarea#body")!.TextContent);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task Saving_from_a_stale_version_is_refused_showing_their_text_and_keeping_mine()
    {
        var first = await _factory.SignInAsync(Role.Editor);
        var second = await _factory.SignInAsync(Role.Editor);
        var id = await _factory.AddPostAsync(first.Id, "العنوان", body: "<p>النص الأول</p>");
        var staleForm = await first.Client.GetDocumentAsync($"/admin/posts/{id}");

        await second.Client.SubmitAsync($"/admin/posts/{id}", new Dictionary<string, string> { ["Form.BodyHtml"] = "<p>نص الزميل</p>" }, "#editor-form", ("Intent", "Save"));
        var mine = await first.Client.SubmitAsync(staleForm, $"/admin/posts/{id}", new Dictionary<string, string> { ["Form.BodyHtml"] = "<p>نصي أنا</p>" }, "#editor-form", ("Intent", "Save"));

        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        var doc = await mine.ReadDocumentAsync();
        Assert.Contains("حفظ شخص آخر هذه المقالة", doc.QuerySelector(".conflict[role=alert] h2")!.TextContent);
        Assert.Contains("نص الزميل", doc.QuerySelector(".conflict .their-version")!.TextContent);
        Assert.Equal("<p>نصي أنا</p>", doc.QuerySelector("textarea#body")!.TextContent);
        Assert.Equal("<p>نص الزميل</p>", (await _factory.PostAsync(id)).BodyHtml);

        // Having seen both, saving again from the conflict page is a deliberate choice and goes through.
        var merged = await first.Client.SubmitAsync(doc, $"/admin/posts/{id}", new Dictionary<string, string> { ["Form.BodyHtml"] = "<p>نص مدمج</p>" }, "#editor-form", ("Intent", "Save"));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("<p>نص مدمج</p>", (await _factory.PostAsync(id)).BodyHtml);
    }

    [Fact]
    public async Task Autosave_keeps_drafts_with_the_token_in_a_header_and_refuses_stale_versions()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var id = await _factory.AddPostAsync(author.Id, "مسودة");
        var token = (await author.Client.GetDocumentAsync($"/admin/posts/{id}")).Token("#editor-form");

        async Task<HttpResponseMessage> Autosave(int version, string body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/posts/{id}?handler=Autosave")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Title"] = "مسودة", ["Form.BodyHtml"] = body, ["Form.Version"] = version.ToString() }),
            };
            request.Headers.Add("RequestVerificationToken", token);
            return await author.Client.SendAsync(request);
        }

        var saved = await Autosave(1, "<p>حُفظ تلقائيًا</p>");
        var stale = await Autosave(1, "<p>نسخة قديمة</p>");
        var noToken = await author.Client.PostAsync($"/admin/posts/{id}?handler=Autosave",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.BodyHtml"] = "<p>بلا رمز</p>", ["Form.Version"] = "2" }));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("\"version\":2", await saved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal("<p>حُفظ تلقائيًا</p>", (await _factory.PostAsync(id)).BodyHtml);

        await _factory.WithDbAsync(async db => await db.Posts.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PostStatus.PendingReview)));
        Assert.Equal(HttpStatusCode.Conflict, (await Autosave(2, "<p>ليست مسودة</p>")).StatusCode);
    }

    [Fact]
    public async Task Revisions_show_a_word_diff_and_restoring_one_is_a_new_save()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var id = await _factory.AddPostAsync(editor.Id, "العنوان", body: "<p>اجتمع الفريق يوم الأحد في طرابلس</p>");
        await editor.Client.SubmitAsync($"/admin/posts/{id}", new Dictionary<string, string> { ["Form.BodyHtml"] = "<p>اجتمع الفريق يوم الاثنين في طرابلس</p>" }, "#editor-form", ("Intent", "Save"));

        var page = await editor.Client.GetDocumentAsync($"/admin/posts/{id}/revisions");
        Assert.Equal(["الأحد"], page.Texts(".diff del"));
        Assert.Equal(["الاثنين"], page.Texts(".diff ins"));

        var restore = await editor.Client.SubmitAsync(page, $"/admin/posts/{id}/revisions", formSelector: "table tbody tr:last-child form");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var post = await _factory.PostAsync(id);
        Assert.Equal("<p>اجتمع الفريق يوم الأحد في طرابلس</p>", post.BodyHtml);
        Assert.Equal(3, await _factory.WithDbAsync(db => db.Revisions.CountAsync(r => r.PostId == id)));
    }
}
