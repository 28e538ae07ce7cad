using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed class SessionTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Attributes(string setCookie) =>
        setCookie.Split(';').Skip(1).Select(p => p.Trim().Split('=', 2))
            .ToDictionary(p => p[0].ToLowerInvariant(), p => p.Length > 1 ? p[1].ToLowerInvariant() : "");

    [Fact]
    public async Task Over_https_the_session_cookie_is_host_prefixed_secure_httponly_and_samesite_strict()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var response = await client.SignInAsync("writer@example.org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-qalam.auth=", StringComparison.Ordinal));
        var attributes = Attributes(cookie);
        Assert.True(attributes.ContainsKey("secure"));
        Assert.True(attributes.ContainsKey("httponly"));
        Assert.Equal("strict", attributes["samesite"]);
        Assert.Equal("/", attributes["path"]);
        Assert.False(attributes.ContainsKey("domain"));
        Assert.False(attributes.ContainsKey("expires"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Over_plain_http_loopback_the_cookie_is_httponly_and_samesite_strict_so_the_demo_works()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var response = await _factory.CreateBrowserlessClient().SignInAsync("writer@example.org");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("qalam.auth=", StringComparison.Ordinal));
        var attributes = Attributes(cookie);
        Assert.True(attributes.ContainsKey("httponly"));
        Assert.Equal("strict", attributes["samesite"]);
        Assert.False(attributes.ContainsKey("secure"));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_that_person_only()
    {
        var laptop = await _factory.SignedInClientAsync(Role.Editor, email: "ed@example.org");
        var phone = _factory.CreateBrowserlessClient();
        Assert.Equal("/admin", (await phone.SignInAsync("ed@example.org")).Location());
        var colleague = await _factory.SignedInClientAsync(Role.Author);

        var response = await laptop.PostFormAsync("/admin/account", AccountSteps.Fields(), "/admin/account?handler=SignOutEverywhere");

        Assert.Equal("/admin/sign-in", response.Location());
        Assert.StartsWith("/admin/sign-in", (await laptop.GetAsync("/admin")).Location());
        Assert.StartsWith("/admin/sign-in", (await phone.GetAsync("/admin")).Location());
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/admin")).StatusCode);
        Assert.Single(await _factory.AuditAsync("sign-out-everywhere"));
    }

    [Fact]
    public async Task Changing_my_password_keeps_this_session_and_ends_the_others()
    {
        var laptop = await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var phone = _factory.CreateBrowserlessClient();
        await phone.SignInAsync("writer@example.org");

        var wrong = await laptop.PostFormAsync("/admin/account", AccountSteps.Fields(("CurrentPassword", "not it"), ("NewPassword", "another long passphrase"), ("ConfirmPassword", "another long passphrase")), "/admin/account?handler=Password");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var changed = await laptop.PostFormAsync("/admin/account", AccountSteps.Fields(("CurrentPassword", AccountSteps.Password), ("NewPassword", "another long passphrase"), ("ConfirmPassword", "another long passphrase")), "/admin/account?handler=Password");

        Assert.Equal("/admin/account", changed.Location());
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/admin")).StatusCode);
        Assert.StartsWith("/admin/sign-in", (await phone.GetAsync("/admin")).Location());
        Assert.Single(await _factory.AuditAsync("password-changed"));
    }

    [Fact]
    public async Task Sign_in_and_sign_out_are_audited()
    {
        var client = await _factory.SignedInClientAsync(Role.Contributor, email: "c@example.org");
        var response = await client.PostFormAsync("/admin", AccountSteps.Fields(), "/admin/sign-out", "form[action='/admin/sign-out']");
        Assert.Equal("/admin/sign-in", response.Location());
        var signIn = Assert.Single(await _factory.AuditAsync("sign-in"));
        var signOut = Assert.Single(await _factory.AuditAsync("sign-out"));
        Assert.Equal(signIn.ActorId, signOut.ActorId);
        Assert.Equal("c@example.org", signIn.ActorName);
    }

    [Fact]
    public async Task My_profile_saves_and_shows_on_the_public_author_page()
    {
        var client = await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var response = await client.PostFormAsync("/admin/account", AccountSteps.Fields(
            ("Profile.DisplayName", "سلمى الورفلي"), ("Profile.Bio", "صحفية من طرابلس تكتب عن التقنية."),
            ("Profile.AvatarUrl", "https://example.org/salma.jpg"), ("Profile.UiLanguage", "en")), "/admin/account?handler=Profile");

        Assert.Equal("/admin/account", response.Location());
        var me = await _factory.PersonAsync("writer@example.org");
        Assert.Equal(("سلمى الورفلي", "en"), (me.DisplayName, me.UiLanguage));
        var page = await client.GetDocumentAsync("/admin/account");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        // An author page exists once the person has something public to show.
        await _factory.AddPostAsync(me.Id, "مقالة منشورة", PostStatus.Published);
        var author = await _factory.CreateClient().GetDocumentAsync($"/author/{me.Slug}");
        Assert.Contains("صحفية من طرابلس", author.QuerySelector(".bio")!.TextContent);
        Assert.Equal("https://example.org/salma.jpg", author.QuerySelector(".archive-header img.avatar")!.GetAttribute("src"));
        Assert.Contains("سلمى الورفلي", author.QuerySelector("h1 bdi")!.TextContent);
    }

    [Fact]
    public async Task An_unsafe_avatar_url_is_refused_and_nothing_is_saved()
    {
        var client = await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var before = await _factory.PersonAsync("writer@example.org");
        var response = await client.PostFormAsync("/admin/account", AccountSteps.Fields(
            ("Profile.DisplayName", "اسم جديد"), ("Profile.AvatarUrl", "javascript:alert(1)"), ("Profile.UiLanguage", "ar")), "/admin/account?handler=Profile");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("رابط الصورة", (await response.ReadDocumentAsync()).Alert());
        Assert.Equal(before.DisplayName, (await _factory.PersonAsync("writer@example.org")).DisplayName);
    }

    private async Task<(HttpClient Client, string Cookie)> SignedInWithCookieAsync(string email)
    {
        var client = _factory.CreateBrowserlessClient();
        var response = await client.SignInAsync(email);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("qalam.auth=", StringComparison.Ordinal)).Split(';')[0];
        return (client, cookie);
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        var thief = _factory.CreateBrowserlessClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return await thief.SendAsync(request);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_opens_the_admin()
    {
        await _factory.SignedInClientAsync(Role.Editor, email: "ed@example.org");
        var (client, cookie) = await SignedInWithCookieAsync("ed@example.org");
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie)).StatusCode);

        var signOut = await client.PostFormAsync("/admin", AccountSteps.Fields(), "/admin/sign-out", "form[action='/admin/sign-out']");

        Assert.Equal("\"cache\", \"cookies\", \"storage\"", signOut.Headers.GetValues("Clear-Site-Data").Single());
        Assert.StartsWith("/admin/sign-in", (await ReplayAsync(cookie)).Location());
    }

    [Fact]
    public async Task A_copied_cookie_ends_with_a_password_reset_and_with_deactivation()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await _factory.SignedInClientAsync(Role.Author, email: "a@example.org");
        await _factory.SignedInClientAsync(Role.Author, email: "b@example.org");
        var (_, first) = await SignedInWithCookieAsync("a@example.org");
        var (_, second) = await SignedInWithCookieAsync("b@example.org");
        var b = await _factory.PersonAsync("b@example.org");

        var link = await _factory.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<Qalam.Accounts.PasswordReset>().CreateLink(b, TimeSpan.FromHours(1), "http://localhost")));
        var reset = await _factory.CreateBrowserlessClient().PostFormAsync(new Uri(link).PathAndQuery, AccountSteps.Fields(("NewPassword", "a brand new passphrase"), ("ConfirmPassword", "a brand new passphrase")));
        Assert.Equal("/admin/sign-in", reset.Location());
        var a = await _factory.PersonAsync("a@example.org");
        await admin.PostFormAsync($"/admin/people/{a.Id}", AccountSteps.Fields(("active", "false")), $"/admin/people/{a.Id}?handler=Active", "form[action*='handler=Active']");

        Assert.StartsWith("/admin/sign-in", (await ReplayAsync(first)).Location());
        Assert.StartsWith("/admin/sign-in", (await ReplayAsync(second)).Location());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Sessions.CountAsync(s => s.PersonId == a.Id || s.PersonId == b.Id)));
    }
}
