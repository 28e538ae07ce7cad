using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>A confidential document whose file has gone from disk: a page that says so, a line in the audit log, never a 500.</summary>
public sealed class ConfidentialFileMissingTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    /// <summary>Uploads a document granted to editors, then removes its file from the vault as a failed restore would.</summary>
    private async Task<(Guid Key, string StorageName)> DocumentWithoutItsFileAsync(HttpClient admin)
    {
        var key = await _factory.UploadConfidentialAsync(admin, "محضر اجتماع مجلس الأمناء", Role.Editor);
        var storage = await _factory.WithDbAsync(db => db.ConfidentialDocuments.Where(d => d.Key == key).Select(d => d.StoragePath).SingleAsync());
        File.Delete(Path.Combine(_factory.DataDirectory, "confidential", storage));
        return (key, storage);
    }

    private async Task AssertUnavailablePageAsync(HttpResponseMessage response, string storageName, string heading, string lang)
    {
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(lang, doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, doc.QuerySelector("main h1")!.TextContent.Trim());
        // In the site's frame: its header and the way home.
        Assert.NotNull(doc.QuerySelector("header a[href='/']"));
        foreach (var secret in new[] { storageName, _factory.DataDirectory, "confidential/", "Exception", "FileNotFound" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_reader_gets_a_file_unavailable_page_and_the_audit_log_records_it()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var (key, storage) = await DocumentWithoutItsFileAsync(admin);
        var editor = await _factory.SignedInClientAsync(Role.Editor, email: "minutes.reader@example.org");

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/documents/{key}")).StatusCode);
        var response = await editor.GetAsync($"/admin/documents/{key}/download");

        await AssertUnavailablePageAsync(response, storage, "الملف غير متاح", "ar");
        var reader = await _factory.WithDbAsync(db => db.People.Where(p => p.Email == "minutes.reader@example.org").Select(p => p.Id).SingleAsync());
        var entry = await _factory.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == "confidential-file-unavailable"));
        Assert.Equal((reader, $"confidential:{key:D}"), (entry.ActorId!.Value, entry.Subject));
        Assert.Contains("contract.pdf", entry.Details);
        // No copy was handed out, so none is on record.
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ConfidentialCopies.CountAsync()));
        Assert.False(await _factory.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "confidential-download")));
    }

    [Fact]
    public async Task The_page_is_in_english_for_a_reader_who_chose_english()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var (key, storage) = await DocumentWithoutItsFileAsync(admin);
        var switched = await admin.PostFormAsync("/admin", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/admin" },
            postUrl: "/admin/language", formSelector: "form[action='/admin/language']");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        await AssertUnavailablePageAsync(await admin.GetAsync($"/admin/documents/{key}/download"), storage, "File unavailable", "en");
    }

    [Fact]
    public async Task An_outside_recipients_share_link_gets_the_same_page_and_audit_entry()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var (key, storage) = await DocumentWithoutItsFileAsync(admin);
        var manage = $"/admin/organisation/confidential/{key}";
        var created = await admin.PostFormAsync(manage, new Dictionary<string, string>
        {
            ["RecipientName"] = "مكتب المحاماة",
            ["RecipientEmail"] = "lawyer@outside.example",
            ["Days"] = "3",
        }, $"{manage}?handler=share", "#share-form");
        var token = (await created.ReadDocumentAsync()).Value("#new-link")!.Split("/share/")[1];
        var outsider = _factory.CreateBrowserlessClient();
        var page = await outsider.GetDocumentAsync($"/share/{token}");

        var response = await outsider.PostAsync($"/share/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = page.Token() }));

        await AssertUnavailablePageAsync(response, storage, "الملف غير متاح", "ar");
        var entry = await _factory.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == "confidential-file-unavailable"));
        Assert.Equal("مكتب المحاماة", entry.ActorName);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ConfidentialCopies.CountAsync()));
    }
}
