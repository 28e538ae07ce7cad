using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>A numbered statement is corrected only as a new version: same number and address, dated, reasoned, audited.</summary>
public sealed class StatementCorrectionTests : IDisposable
{
    private const string Original = "<p>تطالب المؤسسة بفتح تحقيق في التسريب الذي وقع في 12 مارس.</p>";
    private const string Corrected = "<p>تطالب المؤسسة بفتح تحقيق في التسريب الذي وقع في 21 مارس.</p>";
    private const string Reason = "ورد تاريخ التسريب خطأ";
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<int> PublishedAsync()
    {
        var id = await _factory.DraftStatementAsync("بشأن التسريب", Original);
        await _factory.PublishStatementAsync(id);
        return id;
    }

    private static Task<HttpResponseMessage> CorrectAsync(HttpClient client, int id, string text, string reason) =>
        client.PostFormAsync($"/admin/organisation/statements/correct/{id}", new Dictionary<string, string> { ["Text"] = text, ["Reason"] = reason },
            formSelector: "#correct-form");

    private Task<(string Body, int Versions, int Audits)> StateAsync(int id) => _factory.WithDbAsync(async db =>
        (await db.Posts.Where(p => p.Id == id).Select(p => p.BodyHtml).SingleAsync(),
         await db.StatementVersions.CountAsync(),
         await db.Audit.CountAsync(a => a.Action == "statement-corrected")));

    [Fact]
    public async Task An_editors_correction_keeps_number_and_address_and_shows_the_dated_note_and_the_previous_version()
    {
        var id = await PublishedAsync();
        var reader = _factory.CreateBrowserlessClient();
        Assert.Contains("12 مارس", (await reader.GetDocumentAsync("/statements/2026/1")).QuerySelector(".statement-body")!.TextContent);
        _factory.Clock.Advance(TimeSpan.FromDays(3));
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var manage = await editor.GetDocumentAsync($"/admin/organisation/statements/manage/{id}");
        Assert.Equal($"/admin/organisation/statements/correct/{id}", manage.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "تصحيح").GetAttribute("href"));
        var form = await editor.GetDocumentAsync($"/admin/organisation/statements/correct/{id}");
        Assert.NotNull(form.QuerySelector("#correct-form textarea[data-editor]#text"));

        var response = await CorrectAsync(editor, id, Corrected, Reason);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var managed = await editor.GetDocumentAsync(response.Location());
        Assert.Equal("نُشر التصحيح، وصار نصّ البيان هو النسخة 2.", managed.QuerySelector(".flash")!.TextContent.Trim());
        Assert.Equal($"النسخة 1، حتى 23 نوفمبر 2026: {Reason}", managed.QuerySelector("main ul li")!.TextContent.Trim());
        // The same address answers with the corrected text (the cached page was dropped), its number unchanged.
        var page = await reader.GetDocumentAsync("/statements/2026/1");
        Assert.Equal("بيان رقم (1) لعام 2026", page.QuerySelector(".statement-number")!.TextContent.Trim());
        var body = page.QuerySelector(".statement-body")!.TextContent;
        Assert.Contains("21 مارس", body);
        Assert.DoesNotContain("12 مارس", body);
        var note = page.QuerySelector(".correction-note")!;
        Assert.Equal("صُحّح في 23 نوفمبر 2026", note.QuerySelector("strong")!.TextContent.Trim());
        Assert.Equal($"سبب التصحيح: {Reason}", note.QuerySelector(".correction-reason")!.TextContent.Trim());
        var link = note.QuerySelector(".statement-versions a")!;
        Assert.Equal("النسخة 1، حتى 23 نوفمبر 2026", link.TextContent.Trim());
        Assert.Equal("/statements/2026/1/versions/1", link.GetAttribute("href"));

        // One click away: the old text, marked as superseded, kept out of search, pointing to the statement.
        var old = await reader.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Contains("12 مارس", old.QuerySelector(".statement-body")!.TextContent);
        Assert.Contains("هذه نسخة سابقة من البيان، حلّ محلّها نص مصحّح في 23 نوفمبر 2026.", old.QuerySelector(".superseded-notice")!.TextContent);
        Assert.Equal("/statements/2026/1", old.QuerySelector(".superseded-notice a")!.GetAttribute("href"));
        Assert.Equal("noindex", old.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.EndsWith("/statements/2026/1", old.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/statements/2026/1/versions/2")).StatusCode);

        var audit = await _factory.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == "statement-corrected"));
        Assert.Equal($"post:{id}", audit.Subject);
        Assert.Contains(Reason, audit.Details);
        Assert.Equal(_factory.Clock.GetUtcNow(), audit.AtUtc);
        Assert.Equal(Role.Editor, await _factory.WithDbAsync(db => db.People.Where(p => p.Id == audit.ActorId).Select(p => p.Role).SingleAsync()));
        // The administrator reads it in plain words, the statement linked.
        var log = await (await _factory.SignedInClientAsync(Role.Administrator)).GetDocumentAsync("/admin/audit?kind=content");
        var sentence = log.QuerySelectorAll("tbody tr .sentence").Single(e => e.TextContent.Contains("تصحيح", StringComparison.Ordinal));
        Assert.EndsWith(": تصحيح البيان «بشأن التسريب»", sentence.TextContent.Trim());
        var links = sentence.QuerySelectorAll("a");
        Assert.Equal($"/admin/posts/{id}", links[links.Length - 1].GetAttribute("href"));
    }

    [Fact]
    public async Task The_pdf_of_a_corrected_statement_carries_the_correction_note_and_the_new_text()
    {
        var id = await PublishedAsync();
        _factory.Clock.Advance(TimeSpan.FromDays(3));
        await CorrectAsync(await _factory.SignedInClientAsync(Role.Editor), id, Corrected, Reason);

        var response = await _factory.CreateBrowserlessClient().GetAsync("/statements/2026/1.pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = PdfText.Logical(pdf);
        // The marks of «صُحّح» are drawn apart from their letters, and the text reader leaves them out.
        Assert.Contains("صحح في 23 نوفمبر 2026", text);
        Assert.Contains($"سبب التصحيح: {Reason}", text);
        Assert.Contains("وقع في 21 مارس", text);
        Assert.DoesNotContain("12 مارس", text);
    }

    [Fact]
    public async Task An_author_cannot_correct_a_statement_even_by_posting_the_form()
    {
        var id = await PublishedAsync();
        var author = await _factory.SignedInClientAsync(Role.Author);
        var token = (await author.GetDocumentAsync("/admin/account")).Token();

        var open = await author.GetAsync($"/admin/organisation/statements/correct/{id}");
        var post = await author.PostAsync($"/admin/organisation/statements/correct/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token, ["Text"] = Corrected, ["Reason"] = Reason,
        }));

        Assert.StartsWith("/admin/denied", open.Location());
        Assert.StartsWith("/admin/denied", post.Location());
        Assert.Equal((Original, 0, 0), await StateAsync(id));
    }

    [Theory]
    [InlineData(Corrected, "")]
    [InlineData(Corrected, "   ")]
    [InlineData("", Reason)]
    [InlineData("<p> </p>", Reason)]
    public async Task An_empty_reason_or_text_is_refused_in_one_line_and_nothing_changes(string text, string reason)
    {
        var id = await PublishedAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);

        var response = await CorrectAsync(editor, id, text, reason);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var alert = (await response.ReadDocumentAsync()).QuerySelectorAll("main [role=alert]").Single();
        Assert.Equal("اكتب النص المصحّح وسبب التصحيح؛ لم يُنشر شيء.", alert.TextContent.Trim());
        Assert.Equal((Original, 0, 0), await StateAsync(id));
        Assert.Null((await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1")).QuerySelector(".correction-note"));
    }

    [Fact]
    public async Task A_direct_edit_of_a_corrected_statement_is_still_refused_and_kept_versions_cannot_be_rewritten()
    {
        var id = await PublishedAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        await CorrectAsync(editor, id, Corrected, Reason);

        var edit = await editor.PostFormAsync("/admin/organisation/statements/edit", new Dictionary<string, string>
        {
            ["Title"] = "بشأن التسريب", ["Body"] = "<p>نص بديل دون تصحيح</p>",
        }, postUrl: $"/admin/organisation/statements/edit/{id}?handler=save");
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);

        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var post = await db.Posts.FirstAsync(p => p.Id == id);
            post.BodyHtml = "<p>نص بديل سرًا</p>";
            // Even with a version row added by hand, outside the correction path the body stays locked.
            db.StatementVersions.Add(new StatementVersion { StatementPostId = id, Number = 2, Title = post.Title, BodyHtml = Corrected, Reason = "x" });
            await Assert.ThrowsAsync<StatementLockedException>(() => db.SaveChangesAsync());
        });
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var kept = await db.StatementVersions.SingleAsync();
            kept.BodyHtml = "<p>ماضٍ معدّل</p>";
            await Assert.ThrowsAsync<StatementLockedException>(() => db.SaveChangesAsync());
        });
        Assert.Equal((Corrected, 1, 1), await StateAsync(id));
    }

    [Fact]
    public async Task A_withdrawn_statement_is_not_corrected()
    {
        var id = await PublishedAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var manage = $"/admin/organisation/statements/manage/{id}";
        await editor.PostFormAsync(manage, new Dictionary<string, string> { ["Notice"] = "سُحب البيان." }, $"{manage}?handler=withdraw", "#withdraw-form");
        var token = (await editor.GetDocumentAsync(manage)).Token("#addendum-form");

        var response = await editor.PostAsync($"/admin/organisation/statements/correct/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token, ["Text"] = Corrected, ["Reason"] = Reason,
        }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("لا يُصحّح بيان مسحوب.", (await response.ReadDocumentAsync()).QuerySelector("main [role=alert]")!.TextContent.Trim());
        Assert.Equal((Original, 0, 0), await StateAsync(id));
    }
}
