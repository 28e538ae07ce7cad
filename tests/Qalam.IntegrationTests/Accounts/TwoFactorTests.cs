using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed class TwoFactorTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(string Secret, IReadOnlyList<string> Codes)> EnrolledAsync(string email, Role role = Role.Editor)
    {
        var client = await _factory.SignedInClientAsync(role, email: email);
        return await client.EnrolTwoFactorAsync(_factory);
    }

    [Fact]
    public async Task Enrolment_shows_the_secret_an_otpauth_uri_and_a_qr_code_image()
    {
        var client = await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var doc = await client.GetDocumentAsync("/admin/account/two-factor");
        var secret = doc.QuerySelector("#secret")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

        Assert.Matches("^[A-Z2-7]{32}$", secret);
        Assert.Contains($"otpauth://totp/Qalam:writer%40example.org?secret={secret}&issuer=Qalam", doc.QuerySelector("details code")!.TextContent);
        var qr = await client.GetAsync(doc.QuerySelector("img.qr")!.GetAttribute("src"));
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<svg", (await qr.Content.ReadAsStringAsync()).TrimStart()[..4]);
        var stored = await _factory.PersonAsync("writer@example.org");
        Assert.False(stored.TwoFactorEnabled);
        Assert.DoesNotContain(secret, stored.TwoFactorSecret);
        Assert.Equal(secret, (await client.GetDocumentAsync("/admin/account/two-factor")).QuerySelector("#secret")!.TextContent.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_it_on()
    {
        var client = await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        await client.GetAsync("/admin/account/two-factor");
        var response = await client.PostFormAsync("/admin/account/two-factor", AccountSteps.Fields(("Code", "000000")), "/admin/account/two-factor?handler=Enable");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("الرمز غير صحيح", (await response.ReadDocumentAsync()).Alert());
        Assert.False((await _factory.PersonAsync("writer@example.org")).TwoFactorEnabled);
    }

    [Fact]
    public async Task After_enrolment_sign_in_needs_the_current_code_from_the_secret()
    {
        var (secret, codes) = await EnrolledAsync("two@example.org");
        Assert.Equal(10, codes.Count);
        Assert.Single(await _factory.AuditAsync("two-factor-enabled"));

        var client = _factory.CreateBrowserlessClient();
        var password = await client.SignInAsync("two@example.org");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/admin/sign-in/two-factor", password.Location());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromSeconds(40));
        var wrong = await client.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("Code", "123456")));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var right = await client.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("Code", AccountSteps.CodeFor(_factory, secret))));

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/admin", right.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Single(await _factory.AuditAsync("two-factor-failed"));
    }

    [Fact]
    public async Task A_code_is_accepted_once_even_within_its_thirty_seconds()
    {
        var (secret, _) = await EnrolledAsync("two@example.org");
        _factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = AccountSteps.CodeFor(_factory, secret);
        var first = _factory.CreateBrowserlessClient();
        await first.SignInAsync("two@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("Code", code)))).StatusCode);

        // Someone who saw the code (over a shoulder, or a phished page) replays it at once with the password.
        var second = _factory.CreateBrowserlessClient();
        await second.SignInAsync("two@example.org");
        var replay = await second.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("Code", code)));
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/admin")).StatusCode);
        Assert.Single(await _factory.AuditAsync("two-factor-failed"));

        // The next step's code works.
        _factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var next = await second.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("Code", AccountSteps.CodeFor(_factory, secret))));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/admin", next.Location());
    }

    [Fact]
    public async Task A_code_from_ten_minutes_ago_is_refused()
    {
        var (secret, _) = await EnrolledAsync("two@example.org");
        var client = _factory.CreateBrowserlessClient();
        await client.SignInAsync("two@example.org");
        var old = AccountSteps.CodeFor(_factory, secret, TimeSpan.FromMinutes(-10));

        var response = await client.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("Code", old)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_works_once()
    {
        var (_, codes) = await EnrolledAsync("two@example.org");
        var first = _factory.CreateBrowserlessClient();
        await first.SignInAsync("two@example.org");
        var used = await first.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("RecoveryCode", codes[3])));
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/admin", used.Location());

        var second = _factory.CreateBrowserlessClient();
        await second.SignInAsync("two@example.org");
        var reused = await second.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("RecoveryCode", codes[3])));

        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("رموز الاسترداد", (await reused.ReadDocumentAsync()).Alert());
        Assert.Single(await _factory.AuditAsync("recovery-code-used"));
    }

    [Fact]
    public async Task The_second_step_cannot_be_reached_without_the_password()
    {
        await EnrolledAsync("two@example.org");
        var client = _factory.CreateBrowserlessClient();
        var response = await client.GetAsync("/admin/sign-in/two-factor");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/sign-in", response.Location());
    }

    [Fact]
    public async Task Disabling_needs_the_password_and_then_sign_in_is_one_step_again()
    {
        var client = await _factory.SignedInClientAsync(Role.Author, email: "two@example.org");
        await client.EnrolTwoFactorAsync(_factory);

        var wrong = await client.PostFormAsync("/admin/account/two-factor", AccountSteps.Fields(("Password", "not my password")), "/admin/account/two-factor?handler=Disable");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await _factory.PersonAsync("two@example.org")).TwoFactorEnabled);
        var right = await client.PostFormAsync("/admin/account/two-factor", AccountSteps.Fields(("Password", AccountSteps.Password)), "/admin/account/two-factor?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);

        var fresh = _factory.CreateBrowserlessClient();
        Assert.Equal("/admin", (await fresh.SignInAsync("two@example.org")).Location());
        Assert.Single(await _factory.AuditAsync("two-factor-disabled"));
    }

    [Fact]
    public async Task When_required_an_editor_without_it_is_sent_to_enrolment_before_anything_else_and_an_author_is_not()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var settings = await admin.GetDocumentAsync("/admin/settings");
        var version = settings.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var saved = await admin.PostFormAsync("/admin/settings", SettingsTests.Valid(version, ("Form.RequireTwoFactorForStaff", "true")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var editor = await _factory.SignedInClientAsync(Role.Editor, email: "ed@example.org");
        var author = await _factory.SignedInClientAsync(Role.Author);

        foreach (var url in new[] { "/admin", "/admin/account", "/admin/people" })
        {
            var response = await editor.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin/account/two-factor", response.Location());
        }
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/admin")).StatusCode);
        var page = await editor.GetDocumentAsync("/admin/account/two-factor");
        Assert.Contains("يُلزم الموقع", page.QuerySelector(".notice")!.TextContent);

        await editor.EnrolTwoFactorAsync(_factory);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
        var disable = await editor.PostFormAsync("/admin/account/two-factor", AccountSteps.Fields(("Password", AccountSteps.Password)), "/admin/account/two-factor?handler=Disable");
        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.True((await _factory.PersonAsync("ed@example.org")).TwoFactorEnabled);
    }

    [Fact]
    public async Task Wrong_codes_lock_the_account_even_when_the_right_password_comes_between_them()
    {
        var (secret, _) = await EnrolledAsync("two@example.org");
        HttpClient client = null!;
        foreach (var ip in new[] { "198.51.100.21", "198.51.100.22" })
        {
            client = _factory.CreateBrowserlessClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
            Assert.StartsWith("/admin/sign-in/two-factor", (await client.SignInAsync("two@example.org")).Location());
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(HttpStatusCode.BadRequest, (await client.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("Code", "12345" + i)))).StatusCode);
            }
        }

        var right = await client.PostFormAsync("/admin/sign-in/two-factor", AccountSteps.Fields(("Code", AccountSteps.CodeFor(_factory, secret))));

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("15", (await right.ReadDocumentAsync()).Alert());
        Assert.Single(await _factory.AuditAsync("account-locked"));
    }
}
