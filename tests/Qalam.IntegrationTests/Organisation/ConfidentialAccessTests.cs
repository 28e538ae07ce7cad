using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>On the demo site, an administrator uploads a contract and grants it to editors (and so to administrators) only.</summary>
public sealed class ConfidentialAccessTests : IDisposable
{
    private const string ContractTitle = "عقد سري مع الشركة القابضة للاتصالات";
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    private async Task<ConfidentialDocument> ContractAsync()
    {
        if (!await _factory.WithDbAsync(db => db.ConfidentialDocuments.AnyAsync(d => d.Title == ContractTitle)))
        {
            await _factory.UploadConfidentialAsync(await _factory.SignedInClientAsync(Role.Administrator), ContractTitle, Role.Editor);
        }
        return await _factory.WithDbAsync(db => db.ConfidentialDocuments.SingleAsync(d => d.Title == ContractTitle));
    }

    [Fact]
    public async Task Anonymous_readers_find_no_trace_of_a_confidential_document_by_any_route()
    {
        var doc = await ContractAsync();
        var client = _factory.CreateBrowserlessClient();
        foreach (var url in new[] { $"/admin/documents/{doc.Key}", $"/admin/documents/{doc.Key}/download", $"/admin/organisation/confidential/{doc.Key}" })
        {
            var r = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/admin/sign-in", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        // Guessing where the file is kept, by storage name, file name, key or sequential id.
        foreach (var url in new[] { $"/media/{doc.StoragePath}", $"/media/confidential/{doc.StoragePath}", $"/confidential/{doc.StoragePath}", $"/media/{doc.FileName}",
                     $"/share/{doc.Key}", $"/share/{doc.Id}", "/data/confidential/" + doc.StoragePath, "/api/posts" })
        {
            var r = await client.GetAsync(url);
            Assert.True(r.StatusCode is HttpStatusCode.NotFound, $"{url} answered {(int)r.StatusCode}");
        }
        // Every public listing, feed, sitemap and search answers, and none of them names the document.
        foreach (var url in new[] { "/", "/?page=2", "/endorsements", "/statements", "/partners", "/transparency", "/transparency/2025", "/admin/sign-in",
                     "/feed", "/feed/atom", "/sitemap.xml", $"/search?q={Uri.EscapeDataString("عقد")}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(ContractTitle, body);
            Assert.DoesNotContain(doc.Key.ToString(), body);
        }
        // Searching for the document's own title finds nothing (the page only repeats the query back).
        var search = await client.GetDocumentAsync($"/search?q={Uri.EscapeDataString(ContractTitle)}");
        Assert.Empty(search.QuerySelectorAll(".result-list li"));
        Assert.DoesNotContain(doc.Key.ToString(), search.DocumentElement.OuterHtml);
    }

    [Theory]
    [InlineData(Role.Contributor, false)]
    [InlineData(Role.Author, false)]
    [InlineData(Role.Editor, true)]
    [InlineData(Role.Administrator, true)]
    public async Task Each_role_sees_the_document_only_when_granted(Role role, bool granted)
    {
        var doc = await ContractAsync();
        var client = await _factory.SignedInClientAsync(role);
        var list = await client.GetDocumentAsync("/admin/documents");
        Assert.Equal(granted, list.QuerySelector("main")!.TextContent.Contains(ContractTitle, StringComparison.Ordinal));
        var view = await client.GetAsync($"/admin/documents/{doc.Key}");
        var download = await client.GetAsync($"/admin/documents/{doc.Key}/download");
        Assert.Equal(granted ? HttpStatusCode.OK : HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(granted ? HttpStatusCode.OK : HttpStatusCode.NotFound, download.StatusCode);
        if (!granted) Assert.DoesNotContain(ContractTitle, await view.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_guessed_key_answers_exactly_like_a_real_key_the_reader_may_not_open()
    {
        var doc = await ContractAsync();
        var author = await _factory.SignedInClientAsync(Role.Author);
        var real = await author.GetAsync($"/admin/documents/{doc.Key}/download");
        var guessed = await author.GetAsync($"/admin/documents/{Guid.NewGuid()}/download");
        Assert.Equal(HttpStatusCode.NotFound, real.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal((await guessed.Content.ReadAsStringAsync()).Length, (await real.Content.ReadAsStringAsync()).Length);
        for (var id = 1; id <= 5; id++) Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_grant_to_a_named_person_opens_the_document_and_removing_it_closes_it_at_once()
    {
        var doc = await ContractAsync();
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var author = await _factory.SignedInClientAsync(Role.Author, email: "named.author@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/documents/{doc.Key}")).StatusCode);

        var manage = $"/admin/organisation/confidential/{doc.Key}";
        var grant = await admin.PostFormAsync(manage, new Dictionary<string, string> { ["GrantEmail"] = "named.author@example.org" }, $"{manage}?handler=grant", "#grant-form");
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/admin/documents/{doc.Key}")).StatusCode);

        var grantId = await _factory.WithDbAsync(db => db.ConfidentialGrants.Where(g => g.DocumentId == doc.Id && g.PersonId != null).Select(g => g.Id).SingleAsync());
        var page = await admin.GetDocumentAsync(manage);
        var revoke = await admin.PostAsync($"{manage}?handler=revokegrant", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = page.Token("main form.inline"),
            ["GrantId"] = grantId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/documents/{doc.Key}")).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_manage_confidential_documents_and_trace_copies()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        foreach (var url in new[] { "/admin/organisation/confidential", $"/admin/organisation/confidential/{(await ContractAsync()).Key}", "/admin/organisation/trace" })
        {
            var r = await editor.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/admin/denied", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        var nav = await editor.GetDocumentAsync("/admin");
        Assert.DoesNotContain(nav.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/organisation/confidential");
    }

    [Fact]
    public async Task Every_view_and_download_is_audited_with_who_when_browser_and_file()
    {
        var doc = await ContractAsync();
        var editor = await _factory.SignedInClientAsync(Role.Editor, email: "audited.editor@example.org");
        editor.DefaultRequestHeaders.UserAgent.ParseAdd("LeakTest/1.0");
        await editor.GetAsync($"/admin/documents/{doc.Key}");
        var download = await editor.GetAsync($"/admin/documents/{doc.Key}/download");
        Assert.True(download.Headers.CacheControl!.NoStore);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("noindex, nofollow, noarchive", download.Headers.GetValues("X-Robots-Tag").Single());

        var person = await _factory.WithDbAsync(db => db.People.SingleAsync(p => p.Email == "audited.editor@example.org"));
        var entries = await _factory.WithDbAsync(db => db.Audit.Where(a => a.ActorId == person.Id && a.Subject == $"confidential:{doc.Key:D}").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["confidential-view", "confidential-download"], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal("LeakTest/1.0", e.UserAgent);
            // The address is the connection's (the in-memory test server has none); the browser tests see a real one.
            Assert.Contains(doc.FileName, e.Details);
            Assert.Equal(_factory.Clock.GetUtcNow(), e.AtUtc);
        });
        var copy = await _factory.WithDbAsync(db => db.ConfidentialCopies.SingleAsync(c => c.PersonId == person.Id));
        Assert.Equal(entries[1].Id, copy.AuditEntryId);
        Assert.Equal(copy.Id.ToString("D"), download.Headers.GetValues("X-Qalam-Copy").Single());
    }
}
