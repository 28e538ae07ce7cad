using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

public sealed class ShareLinkTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Admin, string Manage, string Token)> CreateLinkAsync(int days = 7)
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var key = await _factory.UploadConfidentialAsync(admin, "مراسلات مع المدقق", Role.Administrator);
        var manage = $"/admin/organisation/confidential/{key}";
        var response = await admin.PostFormAsync(manage, new Dictionary<string, string>
        {
            ["RecipientName"] = "مدقق الحسابات الخارجي",
            ["RecipientEmail"] = "auditor@outside.example",
            ["Days"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"{manage}?handler=share", "#share-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = (await response.ReadDocumentAsync()).Value("#new-link")!;
        return (admin, manage, url.Split("/share/")[1]);
    }

    private async Task<HttpResponseMessage> DownloadAsync(HttpClient client, string token)
    {
        var page = await client.GetAsync($"/share/{token}");
        if (page.StatusCode != HttpStatusCode.OK) return page;
        var doc = await page.ReadDocumentAsync();
        return await client.PostAsync($"/share/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = doc.Token() }));
    }

    [Fact]
    public async Task Confidential_pages_and_copies_send_no_referrer_and_are_never_stored()
    {
        var (admin, manage, token) = await CreateLinkAsync();
        var outsider = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await outsider.GetAsync($"/share/{token}");
        var copy = await DownloadAsync(outsider, token);
        var adminPage = await admin.GetAsync(manage);
        foreach (var r in new[] { page, copy, adminPage })
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("no-referrer", r.Headers.GetValues("Referrer-Policy").Single());
            Assert.True(r.Headers.CacheControl!.NoStore, r.RequestMessage!.RequestUri!.ToString());
        }
        Assert.True(copy.Headers.CacheControl!.Private);
    }

    [Fact]
    public async Task The_recipient_downloads_a_copy_stamped_for_them_and_every_use_is_logged()
    {
        var (_, _, token) = await CreateLinkAsync();
        var outsider = _factory.CreateBrowserlessClient();
        var page = await outsider.GetDocumentAsync($"/share/{token}");
        Assert.Contains("مدقق الحسابات الخارجي", page.QuerySelector("main")!.TextContent);
        Assert.Equal("no-referrer", page.QuerySelector("meta[name=referrer]")!.GetAttribute("content"));

        var download = await DownloadAsync(outsider, token);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var pdf = PdfDocument.Open(await download.Content.ReadAsByteArrayAsync());
        Assert.All(pdf.GetPages(), p => Assert.Contains("auditor@outside.example", p.Text));

        var copy = await _factory.WithDbAsync(db => db.ConfidentialCopies.SingleAsync(c => c.ShareLinkId != null));
        Assert.Equal("مدقق الحسابات الخارجي", copy.RecipientName);
        var actions = await _factory.WithDbAsync(db => db.Audit.Where(a => a.ActorName == "مدقق الحسابات الخارجي").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["share-link-view", "share-link-view", "share-link-download"], actions);
    }

    [Fact]
    public async Task An_expired_link_opens_nothing()
    {
        var (_, _, token) = await CreateLinkAsync(days: 2);
        var outsider = _factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/share/{token}")).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/share/{token}")).StatusCode);
        var post = await outsider.PostAsync($"/share/{token}", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ConfidentialCopies.CountAsync()));
    }

    [Fact]
    public async Task A_revoked_link_stops_working_at_once()
    {
        var (admin, manage, token) = await CreateLinkAsync();
        var outsider = _factory.CreateBrowserlessClient();
        var page = await outsider.GetDocumentAsync($"/share/{token}");
        var linkId = await _factory.WithDbAsync(db => db.ShareLinks.Select(l => l.Id).SingleAsync());
        var manageDoc = await admin.GetDocumentAsync(manage);
        var revoke = await admin.PostAsync($"{manage}?handler=revokelink", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = manageDoc.Token("main form"),
            ["LinkId"] = linkId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        var post = await outsider.PostAsync($"/share/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = page.Token() }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/share/{token}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_sha256_of_the_token_is_stored()
    {
        var (_, _, token) = await CreateLinkAsync();
        var link = await _factory.WithDbAsync(db => db.ShareLinks.SingleAsync());
        Assert.Equal(ShareLinks.Hash(token), link.TokenHash);
        Assert.NotEqual(token, link.TokenHash);
        Assert.True(token.Length >= 40);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateBrowserlessClient().GetAsync($"/share/{link.TokenHash}")).StatusCode);
    }
}
