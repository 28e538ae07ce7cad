using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>Confidential downloads and share-link uses, limited per account or link and per IP (here 3 a minute).</summary>
public sealed class ConfidentialRateLimitTests : IDisposable
{
    private const int Limit = 3;
    private readonly QalamFactory _factory = new(demo: false, settings: new Dictionary<string, string> { [ConfidentialRateLimit.Setting] = Limit.ToString(CultureInfo.InvariantCulture) });

    public void Dispose() => _factory.Dispose();

    private static HttpClient From(HttpClient client, string ip)
    {
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        return client;
    }

    private async Task<(Guid Key, HttpClient Admin)> DocumentAsync()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        return (await _factory.UploadConfidentialAsync(admin, "اتفاقية الشراكة مع الجامعة", Role.Editor), admin);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        var doc = await response.ReadDocumentAsync();
        Assert.Equal("طلبات كثيرة", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains($"انتظر {retryAfter} ثانية", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Downloads_beyond_the_limit_get_429_with_retry_after_an_arabic_page_and_an_audit_line()
    {
        var (key, _) = await DocumentAsync();
        var editor = From(await _factory.SignedInClientAsync(Role.Editor, email: "busy.editor@example.org"), "198.51.100.20");
        for (var i = 0; i < Limit; i++) Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/documents/{key}/download")).StatusCode);

        var refused = await editor.GetAsync($"/admin/documents/{key}/download");

        await AssertRefusedAsync(refused);
        var person = await _factory.WithDbAsync(db => db.People.Where(p => p.Email == "busy.editor@example.org").Select(p => p.Id).SingleAsync());
        var entry = await _factory.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == "confidential-rate-limited"));
        Assert.Equal((person, $"confidential:{key:D}", "198.51.100.20"), (entry.ActorId!.Value, entry.Subject, entry.IpAddress));
        // The refused request was not a copy.
        Assert.Equal(Limit, await _factory.WithDbAsync(db => db.ConfidentialCopies.CountAsync()));
    }

    [Fact]
    public async Task The_limit_holds_per_account_and_per_ip()
    {
        var (key, _) = await DocumentAsync();
        var url = $"/admin/documents/{key}/download";
        var first = From(await _factory.SignedInClientAsync(Role.Editor), "198.51.100.30");
        for (var i = 0; i < Limit; i++) await first.GetAsync(url);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync(url)).StatusCode);

        // Another account on another address is not held up by the first.
        var second = From(await _factory.SignedInClientAsync(Role.Editor), "198.51.100.31");
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(url)).StatusCode);
        // The same account from a new address is still over its limit…
        Assert.Equal(HttpStatusCode.TooManyRequests, (await From(first, "198.51.100.32").GetAsync(url)).StatusCode);
        // …and a fresh account on the busy address is over that address's limit.
        var third = From(await _factory.SignedInClientAsync(Role.Editor), "198.51.100.30");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await third.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Share_link_uses_are_limited_per_link_and_audited()
    {
        var (key, admin) = await DocumentAsync();
        var manage = $"/admin/organisation/confidential/{key}";
        var created = await admin.PostFormAsync(manage, new Dictionary<string, string>
        {
            ["RecipientName"] = "لجنة المراجعة الخارجية",
            ["Days"] = "3",
        }, $"{manage}?handler=share", "#share-form");
        var token = (await created.ReadDocumentAsync()).Value("#new-link")!.Split("/share/")[1];
        var outsider = From(_factory.CreateBrowserlessClient(), "203.0.113.40");

        // A visit and two downloads use the link three times.
        var page = await outsider.GetDocumentAsync($"/share/{token}");
        for (var i = 0; i < Limit - 1; i++)
        {
            var download = await outsider.PostAsync($"/share/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = page.Token() }));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        await AssertRefusedAsync(await outsider.PostAsync($"/share/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = page.Token() })));
        // The link itself is spent for the minute, whatever address it is opened from.
        await AssertRefusedAsync(await From(_factory.CreateBrowserlessClient(), "203.0.113.41").GetAsync($"/share/{token}"));
        var entries = await _factory.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action == "confidential-rate-limited").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("لجنة المراجعة الخارجية", $"confidential:{key:D}"), (e.ActorName, e.Subject)));
        Assert.Equal(["203.0.113.40", "203.0.113.41"], entries.Select(e => e.IpAddress));
    }

    [Fact]
    public async Task Guessing_share_tokens_from_one_address_is_limited_too()
    {
        var guesser = From(_factory.CreateBrowserlessClient(), "203.0.113.50");
        for (var i = 0; i < Limit; i++) Assert.Equal(HttpStatusCode.NotFound, (await guesser.GetAsync($"/share/guess-{i}")).StatusCode);
        await AssertRefusedAsync(await guesser.GetAsync("/share/guess-next"));
        Assert.Equal(HttpStatusCode.NotFound, (await From(_factory.CreateBrowserlessClient(), "203.0.113.51").GetAsync("/share/guess-next")).StatusCode);
    }
}
