using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>On the demo site: changing an endorsement that exists (its partner, date, quote and letter) from the admin.</summary>
public sealed class EndorsementEditTests : IDisposable
{
    private const string Endorsement = "تزكية من نقابة المعلمين بطرابلس";
    private const string NewQuote = "شريك موثوق في التحقق من الأخبار ونشر الوعي الرقمي.";
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    private sealed record Snapshot(int PartnerId, DateOnly On, string? Quote, int? LetterId, int Version);

    private Task<Snapshot> SnapshotAsync() => _factory.WithDbAsync(db => db.Endorsements.AsNoTracking().Where(e => e.Post.Title == Endorsement)
        .Select(e => new Snapshot(e.PartnerId, e.EndorsedOn, e.Quote, e.LetterMediaId, e.Post.Version)).SingleAsync());

    private Task<int> PostIdAsync() => _factory.WithDbAsync(db => db.Posts.Where(p => p.Title == Endorsement).Select(p => p.Id).SingleAsync());

    private Task<int> PartnerIdAsync(string slug) => _factory.WithDbAsync(db => db.Partners.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    /// <summary>Follows the list's edit link, as an editor does, and submits the edit form.</summary>
    private async Task<HttpResponseMessage> EditAsync(HttpClient client, Dictionary<string, string> fields, byte[] letter, string letterName)
    {
        var list = await client.GetDocumentAsync("/admin/organisation/endorsements");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(Endorsement, StringComparison.Ordinal));
        var edit = row.QuerySelector("a[href^='/admin/organisation/endorsements/']")!.GetAttribute("href")!;
        var page = await client.GetDocumentAsync(edit);
        fields.TryAdd("Version", page.Value("input[name=Version]")!);
        return await client.PostMultipartAsync(edit, "#endorsement-edit-form", fields, "Letter", letter, letterName);
    }

    [Fact]
    public async Task A_new_endorsement_is_published_under_its_own_id_and_appears_on_the_public_page_at_once()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var reader = _factory.CreateBrowserlessClient();
        Assert.DoesNotContain("تزكية جديدة من جامعة طرابلس", await reader.GetStringAsync("/endorsements"));
        var partnerId = await PartnerIdAsync("misrata-radio");

        var response = await editor.PostMultipartAsync("/admin/organisation/endorsements", "#endorsement-form", new Dictionary<string, string>
        {
            ["PartnerId"] = partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = "تزكية جديدة من جامعة طرابلس", ["EndorsedOn"] = "2026-11-18", ["Body"] = "<p>نص التزكية.</p>",
        }, "Letter", [], "none.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await _factory.WithDbAsync(db => db.Posts.Where(p => p.Title == "تزكية جديدة من جامعة طرابلس").Select(p => p.Id).SingleAsync());
        var published = await _factory.WithDbAsync(db => db.Audit.Where(a => a.Action == "post-published").OrderByDescending(a => a.Id).Select(a => a.Subject).FirstAsync());
        Assert.Equal($"post:{id}", published);
        Assert.Contains("تزكية جديدة من جامعة طرابلس", await reader.GetStringAsync("/endorsements"));
    }

    private async Task<AngleSharp.Dom.IElement> PublicPanelAsync()
    {
        var list = await _factory.CreateBrowserlessClient().GetDocumentAsync("/endorsements");
        var href = list.QuerySelectorAll(".endorsement-card h3 a").Single(a => a.TextContent.Trim() == Endorsement).GetAttribute("href")!;
        var post = await _factory.CreateBrowserlessClient().GetDocumentAsync(href);
        return post.QuerySelector(".endorsement-panel")!;
    }

    [Fact]
    public async Task An_editor_changes_partner_letter_and_quote_and_readers_see_them_on_the_endorsement_and_partner_pages()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor, email: "letters.editor@example.org");
        var radio = await PartnerIdAsync("misrata-radio");
        var letter = OrganisationSeed.Pdf(1, "Letter of endorsement");

        var response = await EditAsync(editor, new()
        {
            ["PartnerId"] = radio.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EndorsedOn"] = "2026-02-03",
            ["Quote"] = NewQuote,
        }, letter, "radio-letter.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/organisation/endorsements", response.Headers.Location!.OriginalString);
        var panel = await PublicPanelAsync();
        Assert.Contains("إذاعة مصراتة المحلية", panel.QuerySelector(".meta")!.TextContent);
        Assert.DoesNotContain("نقابة المعلمين", panel.QuerySelector(".meta")!.TextContent);
        Assert.Contains("3-2-2026", panel.QuerySelector(".meta time")!.TextContent);
        Assert.Null(panel.QuerySelector(".letter img"));
        var download = panel.QuerySelector("a[download]")!.GetAttribute("href")!;
        var file = await _factory.CreateBrowserlessClient().GetAsync(download);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(letter, await file.Content.ReadAsByteArrayAsync());

        var radioPage = await _factory.CreateBrowserlessClient().GetDocumentAsync("/partners/misrata-radio");
        var card = radioPage.QuerySelectorAll(".endorsement-card").Single();
        Assert.Equal(Endorsement, card.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(NewQuote, card.QuerySelector("blockquote")!.TextContent.Trim());
        var union = await _factory.CreateBrowserlessClient().GetDocumentAsync("/partners/teachers-union-tripoli");
        Assert.Empty(union.QuerySelectorAll(".endorsement-card"));

        var entry = await _factory.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == "endorsement-updated"));
        var editorId = await _factory.WithDbAsync(db => db.People.Where(p => p.Email == "letters.editor@example.org").Select(p => p.Id).SingleAsync());
        Assert.Equal(editorId, entry.ActorId);
        Assert.Equal($"post:{await PostIdAsync()}", entry.Subject);
        Assert.Contains("partner=misrata-radio", entry.Details);
    }

    [Theory]
    [InlineData(Role.Author)]
    [InlineData(Role.Contributor)]
    public async Task People_without_the_right_are_refused_on_the_server_and_nothing_changes(Role role)
    {
        var before = await SnapshotAsync();
        var client = await _factory.SignedInClientAsync(role);
        var id = await PostIdAsync();
        var edit = $"/admin/organisation/endorsements/{id}";

        var page = await client.GetAsync(edit);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/admin/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        // A valid token from a page they may open, and every field a real save would send.
        var account = await client.GetDocumentAsync("/admin/account");
        var post = await client.PostAsync(edit, new MultipartFormDataContent
        {
            { new StringContent(account.Token("main form")), Forms.TokenField },
            { new StringContent((await PartnerIdAsync("misrata-radio")).ToString(System.Globalization.CultureInfo.InvariantCulture)), "PartnerId" },
            { new StringContent("2026-02-03"), "EndorsedOn" },
            { new StringContent("اقتباس مزور"), "Quote" },
            { new StringContent(before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Version" },
            { new ByteArrayContent(OrganisationSeed.Pdf(1, "forged")), "Letter", "forged.pdf" },
        });

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/admin/denied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(await _factory.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "endorsement-updated")));
    }

    [Fact]
    public async Task A_text_file_named_pdf_is_refused_with_a_clear_message_and_nothing_is_lost()
    {
        var before = await SnapshotAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var media = await _factory.WithDbAsync(db => db.Media.CountAsync());

        var response = await EditAsync(editor, new()
        {
            ["PartnerId"] = (await PartnerIdAsync("misrata-radio")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EndorsedOn"] = "2026-02-03",
            ["Quote"] = NewQuote,
        }, Encoding.UTF8.GetBytes("هذه ليست رسالة PDF بل نص عادي."), "letter.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains("يُحدَّد النوع من محتوى الملف لا من اسمه", doc.QuerySelector("[role=alert]")!.TextContent);
        // What the editor typed is still there to correct and resend.
        Assert.Equal(NewQuote, doc.QuerySelector("#quote")!.TextContent);
        Assert.Equal("2026-02-03", doc.Value("#on"));
        Assert.Equal("إذاعة مصراتة المحلية", doc.QuerySelector("#partner option[selected]")!.TextContent.Trim());
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(media, await _factory.WithDbAsync(db => db.Media.CountAsync()));
        var panel = await PublicPanelAsync();
        Assert.Contains("نقابة المعلمين بطرابلس", panel.TextContent);
        Assert.NotNull(panel.QuerySelector(".letter img"));
    }

    [Fact]
    public async Task An_editor_who_chose_english_gets_the_form_and_its_errors_in_english()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var switched = await editor.PostFormAsync("/admin", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/admin" },
            postUrl: "/admin/language", formSelector: "form[action='/admin/language']");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var missingDate = await EditAsync(editor, new() { ["PartnerId"] = (await PartnerIdAsync("misrata-radio")).ToString(System.Globalization.CultureInfo.InvariantCulture), ["EndorsedOn"] = "" }, [], "");
        Assert.Equal(HttpStatusCode.BadRequest, missingDate.StatusCode);
        var doc = await missingDate.ReadDocumentAsync();
        Assert.Equal("Edit the endorsement", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("This field is required.", doc.QuerySelector("[role=alert]")!.TextContent.Trim());

        var badFile = await EditAsync(editor, new() { ["PartnerId"] = (await PartnerIdAsync("misrata-radio")).ToString(System.Globalization.CultureInfo.InvariantCulture), ["EndorsedOn"] = "2026-02-03" },
            Encoding.UTF8.GetBytes("plain text"), "letter.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, badFile.StatusCode);
        Assert.Contains("the type is read from the file's content, not its name", (await badFile.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task A_save_from_a_page_loaded_before_someone_elses_save_is_refused_and_keeps_the_newer_values()
    {
        var before = await SnapshotAsync();
        var first = await _factory.SignedInClientAsync(Role.Editor);
        var second = await _factory.SignedInClientAsync(Role.Administrator);
        var stale = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await EditAsync(second, new() { ["PartnerId"] = before.PartnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["EndorsedOn"] = "2026-01-10", ["Quote"] = "الاقتباس الأحدث" }, [], "");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var late = await EditAsync(first, new() { ["PartnerId"] = before.PartnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["EndorsedOn"] = "2026-01-11", ["Quote"] = "اقتباس قديم", ["Version"] = stale }, [], "");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var doc = await late.ReadDocumentAsync();
        Assert.Contains("عدّل شخص آخر هذه التزكية", doc.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("اقتباس قديم", doc.QuerySelector("#quote")!.TextContent);
        var now = await SnapshotAsync();
        Assert.Equal(("الاقتباس الأحدث", new DateOnly(2026, 1, 10)), (now.Quote, now.On));
    }

    [Fact]
    public async Task A_save_without_the_antiforgery_token_is_refused()
    {
        var before = await SnapshotAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var response = await editor.PostAsync($"/admin/organisation/endorsements/{await PostIdAsync()}", new MultipartFormDataContent
        {
            { new StringContent(before.PartnerId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "PartnerId" },
            { new StringContent("2026-02-03"), "EndorsedOn" },
            { new StringContent(before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Version" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }
}
