using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Api.Admin;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

/// <summary>Personal access tokens from "My account" to the API: shown once, kept hashed, ended by revocation, expiry or a disabled person.</summary>
/// <remarks>One app for the class: each test makes its own people and tokens.</remarks>
public sealed class TokenTests(TokenTests.Site site) : IClassFixture<TokenTests.Site>
{
    public sealed class Site : IDisposable
    {
        public QalamFactory Factory { get; } = new(demo: false, settings: ApiSteps.Settings());
        public void Dispose() => Factory.Dispose();
    }

    private readonly QalamFactory _factory = site.Factory;

    [Fact]
    public async Task A_token_is_shown_once_and_only_its_hash_is_kept()
    {
        var browser = await _factory.SignedInClientAsync(Role.Author);

        var secret = await browser.CreateTokenAsync("هاتف التحرير", [TokenScopes.PostsRead]);

        Assert.StartsWith("qlm_", secret);
        Assert.True(secret.Length >= 40);
        var again = await browser.GetStringAsync("/admin/account/tokens");
        Assert.DoesNotContain(secret, again);
        Assert.Contains("هاتف التحرير", again);
        var stored = await _factory.WithDbAsync(db => db.AccessTokens.AsNoTracking().SingleAsync(t => t.Name == "هاتف التحرير"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))), stored.Hash);
        Assert.DoesNotContain(secret[4..], stored.Hash + stored.Hint + stored.Scopes);
        Assert.Equal(HttpStatusCode.OK, (await _factory.ApiClient(secret).GetAsync("/api/v1/admin/posts")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_at_once_and_both_steps_are_audited()
    {
        var (browser, api, _) = await _factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsRead);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/admin/posts")).StatusCode);
        var id = await _factory.WithDbAsync(db => db.AccessTokens.OrderByDescending(t => t.Id).Select(t => t.Id).FirstAsync());

        var revoke = await browser.PostFormAsync("/admin/account/tokens", AccountSteps.Fields(("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))), "/admin/account/tokens?handler=Revoke", "#tokens form");

        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        var refused = await api.GetAsync("/api/v1/admin/posts");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains((await _factory.AuditAsync("token-created")), e => e.Details!.StartsWith("Editor script"));
        Assert.Contains((await _factory.AuditAsync("token-revoked")), e => e.Details == "Editor script");
    }

    [Fact]
    public async Task A_token_shows_when_it_was_last_used()
    {
        var (browser, api, _) = await _factory.PersonWithTokenAsync(Role.Contributor, TokenScopes.PostsRead);
        var before = (await browser.GetDocumentAsync("/admin/account/tokens")).QuerySelector("#tokens .last-used")!.TextContent.Trim();

        await api.GetAsync("/api/v1/admin/posts");

        var after = (await browser.GetDocumentAsync("/admin/account/tokens")).QuerySelector("#tokens .last-used")!.TextContent.Trim();
        Assert.Equal("—", before);
        Assert.NotEqual("—", after);
    }

    [Fact]
    public async Task A_disabled_persons_token_stops_and_a_demotion_counts_at_once()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Editor, TokenScopes.TermsWrite, TokenScopes.PostsRead);
        var person = await _factory.WithDbAsync(db => db.AccessTokens.OrderByDescending(t => t.Id).Select(t => t.PersonId).FirstAsync());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/admin/tags", System.Net.Http.Json.JsonContent.Create(new { name = "قبل" }))).StatusCode);

        await admin.PostFormAsync($"/admin/people/{person}", AccountSteps.Fields(("Role", "Author")), $"/admin/people/{person}?handler=Role");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/admin/tags", System.Net.Http.Json.JsonContent.Create(new { name = "بعد" }))).StatusCode);

        await admin.PostFormAsync($"/admin/people/{person}", AccountSteps.Fields(("active", "false")), $"/admin/people/{person}?handler=Active");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/admin/posts")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_sees_and_revokes_everyones_tokens()
    {
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Author, TokenScopes.PostsRead);
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var page = await admin.GetDocumentAsync("/admin/tokens");
        var row = page.QuerySelectorAll("#tokens tbody tr").Last(r => r.TextContent.Contains("Author script"));
        var id = row.GetAttribute("data-token")!;

        await admin.PostFormAsync("/admin/tokens", AccountSteps.Fields(("id", id)), "/admin/tokens?handler=Revoke", "#tokens form");

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/admin/posts")).StatusCode);
        var author = await _factory.SignedInClientAsync(Role.Author);
        Assert.StartsWith("/admin/denied", (await author.GetAsync("/admin/tokens")).Location());
    }

    [Fact]
    public async Task A_person_cannot_revoke_someone_elses_token()
    {
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Author, TokenScopes.PostsRead);
        var id = await _factory.WithDbAsync(db => db.AccessTokens.OrderByDescending(t => t.Id).Select(t => t.Id).FirstAsync());
        var other = await _factory.SignedInClientAsync(Role.Editor);
        await other.CreateTokenAsync("mine", [TokenScopes.PostsRead]);

        var response = await other.PostFormAsync("/admin/account/tokens", AccountSteps.Fields(("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))), "/admin/account/tokens?handler=Revoke", "#tokens form");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/admin/posts")).StatusCode);
    }

    [Fact]
    public async Task A_browser_session_cannot_use_the_admin_api()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);

        var read = await admin.GetAsync("/api/v1/admin/posts");
        var write = await admin.PostAsync("/api/v1/admin/posts", System.Net.Http.Json.JsonContent.Create(new { title = "من المتصفح" }));

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Posts.AnyAsync(p => p.Title == "من المتصفح")));
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Author, TokenScopes.PostsRead);
        // Made for 90 days (the form's default); the clock is the app's.
        _factory.Clock.Advance(TimeSpan.FromDays(91));

        var response = await api.GetAsync("/api/v1/admin/posts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }
}
