using System.Net;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed class LockoutTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password_with_the_same_arabic_message()
    {
        await _factory.SignedInClientAsync(Role.Editor, email: "editor@example.org");
        var client = _factory.CreateBrowserlessClient();
        for (var i = 0; i < SignInService.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync("editor@example.org", "wrong password number " + i)).StatusCode);
        }

        var right = await client.SignInAsync("editor@example.org");
        var unknown = await client.SignInAsync("nobody@example.org");

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        var message = (await right.ReadDocumentAsync()).Alert();
        Assert.Contains("يُوقف الحساب مؤقتًا لمدة 15 دقيقة", message);
        Assert.Equal(message, (await unknown.ReadDocumentAsync()).Alert());
        Assert.Single(await _factory.AuditAsync("account-locked"));
        Assert.Single(await _factory.AuditAsync("sign-in-locked"));
    }

    [Fact]
    public async Task The_lock_ends_after_fifteen_minutes()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "author@example.org");
        var client = _factory.CreateBrowserlessClient();
        for (var i = 0; i < SignInService.MaxFailures; i++) await client.SignInAsync("author@example.org", "not it at all " + i);

        _factory.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync("author@example.org")).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await client.SignInAsync("author@example.org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Location());
    }

    [Fact]
    public async Task Failed_sign_ins_are_audited_with_ip_and_user_agent()
    {
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Android 14) Chrome/131");
        await client.SignInAsync("nobody@example.org", "guessing a password");

        var entry = Assert.Single(await _factory.AuditAsync("sign-in-failed"));
        Assert.Equal("203.0.113.9", entry.IpAddress);
        Assert.Equal("Mozilla/5.0 (Android 14) Chrome/131", entry.UserAgent);
        Assert.Equal("nobody@example.org", entry.ActorName);
        Assert.Equal(TemplateDatabase.Now, entry.AtUtc);
    }

    [Fact]
    public async Task A_huge_typed_email_is_audited_but_kept_bounded()
    {
        var huge = new string('ش', 5000) + "@example.org";
        var response = await _factory.CreateBrowserlessClient().SignInAsync(huge, "whatever it is");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(320, Assert.Single(await _factory.AuditAsync("sign-in-failed")).ActorName!.Length);
    }

    private HttpClient ClientFrom(string ip)
    {
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        return client;
    }

    [Fact]
    public async Task A_stranger_with_wrong_passwords_locks_out_only_their_own_address()
    {
        await _factory.SignedInClientAsync(Role.Editor, email: "editor@example.org");
        var stranger = ClientFrom("203.0.113.66");
        for (var i = 0; i < SignInService.MaxFailures; i++) await stranger.SignInAsync("editor@example.org", "a guess " + i);

        var strangerWithTheRightPassword = await stranger.SignInAsync("editor@example.org");
        var owner = await ClientFrom("192.0.2.44").SignInAsync("editor@example.org");

        Assert.Equal(HttpStatusCode.BadRequest, strangerWithTheRightPassword.StatusCode);
        Assert.Contains("يُوقف الحساب مؤقتًا لمدة 15 دقيقة", (await strangerWithTheRightPassword.ReadDocumentAsync()).Alert());
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Equal("/admin", owner.Location());
    }
}
