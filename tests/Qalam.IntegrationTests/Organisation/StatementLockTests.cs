using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

public sealed class StatementLockTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<int> PublishedAsync()
    {
        var id = await _factory.DraftStatementAsync("بشأن التسريب", "<p>تطالب المؤسسة الليبية للتقنية بفتح تحقيق جاد وشفاف لتحديد مصدر التسريب.</p>");
        await _factory.PublishStatementAsync(id);
        return id;
    }

    [Fact]
    public async Task A_published_statement_text_cannot_be_changed_by_any_save()
    {
        var id = await PublishedAsync();
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var post = await db.Posts.FirstAsync(p => p.Id == id);
            post.BodyHtml = "<p>نص مختلف</p>";
            await Assert.ThrowsAsync<StatementLockedException>(() => db.SaveChangesAsync());
        });
        var body = await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.BodyHtml).SingleAsync());
        Assert.Contains("بفتح تحقيق جاد", body);
    }

    [Fact]
    public async Task Editing_a_published_statement_in_the_admin_is_refused_and_keeps_what_was_typed()
    {
        var id = await PublishedAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var response = await editor.PostFormAsync($"/admin/organisation/statements/edit", new Dictionary<string, string>
        {
            ["Title"] = "عنوان معدل",
            ["Body"] = "<p>نص معدل بعد النشر</p>",
        }, postUrl: $"/admin/organisation/statements/edit/{id}?handler=save");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains("مقفل", doc.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("نص معدل بعد النشر", doc.QuerySelector("textarea#body")!.TextContent);
        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1");
        Assert.Equal("بشأن التسريب", page.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Addenda_are_published_under_the_statement_with_their_dates_in_order()
    {
        var id = await PublishedAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var manage = $"/admin/organisation/statements/manage/{id}";
        var first = await editor.PostFormAsync(manage, new Dictionary<string, string> { ["Addendum"] = "تصحيح: الاتفاقية وقعت في سبتمبر." }, $"{manage}?handler=addendum", "#addendum-form");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        _factory.Clock.Advance(TimeSpan.FromDays(3));
        editor = await _factory.SignedInClientAsync(Role.Editor);
        await editor.PostFormAsync(manage, new Dictionary<string, string> { ["Addendum"] = "إضافة ثانية." }, $"{manage}?handler=addendum", "#addendum-form");

        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1");
        var items = page.QuerySelectorAll(".addenda li");
        Assert.Equal(2, items.Length);
        Assert.Contains("الاتفاقية وقعت في سبتمبر", items[0].TextContent);
        Assert.Equal("20 نوفمبر 2026", items[0].QuerySelector("time bdi")!.TextContent);
        Assert.Equal("23 نوفمبر 2026", items[1].QuerySelector("time bdi")!.TextContent);
        Assert.Contains("تطالب المؤسسة", page.QuerySelector(".statement-body")!.TextContent);
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "statement-addendum")));
    }

    [Fact]
    public async Task A_withdrawn_statement_keeps_its_number_and_page_with_a_dated_notice()
    {
        var id = await PublishedAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var manage = $"/admin/organisation/statements/manage/{id}";
        var response = await editor.PostFormAsync(manage, new Dictionary<string, string> { ["Notice"] = "سُحب البيان بعد التوصل إلى تسوية." }, $"{manage}?handler=withdraw", "#withdraw-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var client = _factory.CreateBrowserlessClient();
        var page = await client.GetDocumentAsync("/statements/2026/1");
        Assert.Equal("بيان رقم (1) لعام 2026", page.QuerySelector(".statement-number")!.TextContent.Trim());
        var notice = page.QuerySelector(".withdrawal-notice")!.TextContent;
        Assert.Contains("سُحب هذا البيان بتاريخ", notice);
        Assert.Contains("20 نوفمبر 2026", notice);
        Assert.Contains("تسوية", notice);
        var archive = await client.GetDocumentAsync("/statements");
        Assert.Contains("مسحوب", archive.QuerySelector(".statements")!.TextContent);

        var next = await _factory.DraftStatementAsync("بيان لاحق");
        Assert.Equal(2, (await _factory.PublishStatementAsync(next)).Number);
    }

    [Fact]
    public async Task The_statement_pdf_carries_the_arabic_text_heading_and_signature()
    {
        await PublishedAsync();
        var response = await _factory.CreateBrowserlessClient().GetAsync("/statements/2026/1.pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.True(PdfText.HasShapedArabic(pdf), "The Arabic letters are not shaped into joined forms.");
        var text = PdfText.Logical(pdf);
        Assert.Contains("بيان رقم (1) لعام 2026", text);
        Assert.Contains("بفتح تحقيق جاد وشفاف", text);
        Assert.Contains("المؤسسة الليبية للتقنية", text);
        Assert.Contains("18-1-2026", text);
    }

    [Fact]
    public async Task A_numbered_statement_cannot_be_saved_as_news_and_back_to_change_its_text()
    {
        var id = await PublishedAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var edit = $"/admin/posts/{id}";

        var asNews = await editor.SubmitAsync(edit, new Dictionary<string, string> { ["Form.Kind"] = "News", ["Form.BodyHtml"] = "<p>نص بديل سرًا</p>" }, "#editor-form", ("Intent", "Save"));
        var back = await editor.SubmitAsync(edit, new Dictionary<string, string> { ["Form.Kind"] = "Statement" }, "#editor-form", ("Intent", "Save"));

        Assert.Equal(HttpStatusCode.Conflict, asNews.StatusCode);
        var link = (await asNews.ReadDocumentAsync()).QuerySelector(".statement-locked a")!.GetAttribute("href");
        Assert.Equal($"/admin/organisation/statements/manage/{id}", link);
        var post = await _factory.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(PostKind.Statement, post.Kind);
        Assert.Contains("بفتح تحقيق جاد", post.BodyHtml);
        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1");
        Assert.Contains("بفتح تحقيق جاد", page.QuerySelector(".statement-body")!.TextContent);
        Assert.DoesNotContain("نص بديل", page.QuerySelector(".statement-body")!.TextContent);
        Assert.NotEqual(HttpStatusCode.InternalServerError, back.StatusCode);
    }

    [Fact]
    public async Task Editing_a_numbered_statement_in_the_post_editor_is_refused_with_a_pointer_to_its_addenda()
    {
        var id = await PublishedAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);

        var response = await editor.SubmitAsync($"/admin/posts/{id}", new Dictionary<string, string> { ["Form.BodyHtml"] = "<p>تصحيح مباشر للنص</p>" }, "#editor-form", ("Intent", "Save"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains("مقفل", doc.QuerySelector(".statement-locked")!.TextContent);
        Assert.Equal($"/admin/organisation/statements/manage/{id}", doc.QuerySelector(".statement-locked a")!.GetAttribute("href"));
        Assert.Contains("تصحيح مباشر للنص", doc.QuerySelector("textarea#body")!.TextContent);
        Assert.Contains("بفتح تحقيق جاد", await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.BodyHtml).SingleAsync()));
    }

    [Fact]
    public async Task Restoring_an_older_revision_of_a_numbered_statement_is_refused_with_a_message()
    {
        var id = await PublishedAsync();
        await _factory.WithScopeAsync(async sp =>
        {
            // A revision from before publication, with other text: the kind of version a restore would bring back.
            var db = sp.GetRequiredService<QalamDb>();
            db.Revisions.Add(new Revision { PostId = id, Title = "مسودة قديمة", BodyHtml = "<p>نص قديم</p>", SavedUtc = _factory.Clock.GetUtcNow().AddDays(-1) });
            await db.SaveChangesAsync();
        });
        var old = await _factory.WithDbAsync(db => db.Revisions.Where(r => r.PostId == id && r.Title == "مسودة قديمة").Select(r => r.Id).SingleAsync());
        var editor = await _factory.SignedInClientAsync(Role.Editor);

        var response = await editor.SubmitAsync($"/admin/posts/{id}/revisions", new Dictionary<string, string> { ["revisionId"] = old.ToString() }, "main form[method=post]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var flash = (await editor.GetDocumentAsync(response.Headers.Location!.OriginalString)).QuerySelector(".flash")!.TextContent;
        Assert.Contains("مقفل", flash);
        Assert.Contains("بفتح تحقيق جاد", await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.BodyHtml).SingleAsync()));
    }
}
