using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed class PasswordResetTests : IDisposable
{
    private const string NewPassword = "a brand new long passphrase";
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    /// <summary>The link an administrator gets from the person's page (the same one `users reset-link` prints).</summary>
    private async Task<string> ResetLinkAsync(int personId)
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var response = await admin.PostFormAsync($"/admin/people/{personId}", AccountSteps.Fields(), $"/admin/people/{personId}?handler=ResetLink");
        var link = (await response.ReadDocumentAsync()).QuerySelector("code.secret")!.TextContent.Trim();
        return new Uri(link).PathAndQuery;
    }

    private static Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password = NewPassword, string? confirm = null) =>
        client.PostFormAsync(link, AccountSteps.Fields(("NewPassword", password), ("ConfirmPassword", confirm ?? password)));

    [Fact]
    public async Task A_reset_link_sets_a_new_password_once_and_ends_the_old_sessions()
    {
        var oldSession = await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var link = await ResetLinkAsync((await _factory.PersonAsync("writer@example.org")).Id);
        var anonymous = _factory.CreateBrowserlessClient();

        var set = await SetPasswordAsync(anonymous, link);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/admin/sign-in", set.Location());

        Assert.Equal(HttpStatusCode.Redirect, (await oldSession.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.SignInAsync("writer@example.org")).StatusCode);
        Assert.Equal("/admin", (await _factory.CreateBrowserlessClient().SignInAsync("writer@example.org", NewPassword)).Location());

        var again = await anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("انتهت مدته أو استُخدم", (await again.ReadDocumentAsync()).Alert());
        var reuse = await anonymous.PostAsync(link, new FormUrlEncodedContent(AccountSteps.Fields(("NewPassword", "someone else's password"), ("ConfirmPassword", "someone else's password"))));
        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
        Assert.Single(await _factory.AuditAsync("password-reset"));
    }

    [Fact]
    public async Task A_reset_link_expires_after_two_hours()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var link = await ResetLinkAsync((await _factory.PersonAsync("writer@example.org")).Id);
        _factory.Clock.Advance(PasswordReset.ResetLifetime + TimeSpan.FromMinutes(1));

        var client = _factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(link)).StatusCode);
        var post = await client.PostAsync(link, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("/admin", (await client.SignInAsync("writer@example.org")).Location());
    }

    [Fact]
    public async Task A_link_still_works_just_before_it_expires_and_refuses_a_short_or_mismatched_password_without_using_it_up()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var link = await ResetLinkAsync((await _factory.PersonAsync("writer@example.org")).Id);
        _factory.Clock.Advance(PasswordReset.ResetLifetime - TimeSpan.FromMinutes(1));
        var client = _factory.CreateBrowserlessClient();

        var shortOne = await SetPasswordAsync(client, link, "short");
        Assert.Equal(HttpStatusCode.BadRequest, shortOne.StatusCode);
        Assert.Contains("12 حرفًا", (await shortOne.ReadDocumentAsync()).Alert());
        var mismatch = await SetPasswordAsync(client, link, NewPassword, NewPassword + "!");
        Assert.Contains("غير متطابقتين", (await mismatch.ReadDocumentAsync()).Alert());

        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(client, link)).StatusCode);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync("/admin/reset-password?token=CfDJ8-not-a-real-token");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await response.ReadDocumentAsync()).QuerySelector("input[name=NewPassword]"));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_a_known_and_an_unknown_email()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var client = _factory.CreateBrowserlessClient();

        var known = await client.PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", "writer@example.org")));
        var unknown = await client.PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", "ghost@example.org")));

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var a = (await known.ReadDocumentAsync()).QuerySelector("main")!.TextContent;
        var b = (await unknown.ReadDocumentAsync()).QuerySelector("main")!.TextContent;
        Assert.Equal(a, b);
        Assert.Contains("إذا كان هذا البريد مسجلًا", a);
        Assert.Equal(2, (await _factory.AuditAsync("password-reset-requested")).Count);
    }

    [Fact]
    public async Task Without_smtp_the_link_is_not_written_to_the_log_or_the_page()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var response = await _factory.CreateBrowserlessClient().PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", "writer@example.org")));
        Assert.DoesNotContain("reset-password?token", await response.Content.ReadAsStringAsync());
        Assert.False(_factory.Services.GetRequiredService<Mailer>().Enabled);
    }

    [Theory]
    [InlineData("password1234", "ar", "شائعة")]
    [InlineData("Password1234", "en", "common")]
    [InlineData("writer@example.org", "ar", "بريدك")]
    [InlineData("writer@example.org", "en", "your email")]
    public async Task A_common_password_or_ones_own_email_is_refused_with_a_clear_message(string password, string language, string expected)
    {
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var link = await ResetLinkAsync((await _factory.PersonAsync("writer@example.org")).Id);

        var refused = await SetPasswordAsync(_factory.CreateBrowserlessClient(), $"{link}&culture={language}", password);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(expected, (await refused.ReadDocumentAsync()).Alert());
    }

    [Fact]
    public async Task A_password_over_128_characters_is_refused_when_set_and_not_even_checked_at_sign_in()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var link = await ResetLinkAsync((await _factory.PersonAsync("writer@example.org")).Id);
        var anonymous = _factory.CreateBrowserlessClient();

        var refused = await SetPasswordAsync(anonymous, link, new string('ق', 129));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("128", (await refused.ReadDocumentAsync()).Alert());
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(anonymous, link, new string('ق', 100) + "x")).StatusCode);

        var huge = await anonymous.SignInAsync("writer@example.org", new string('x', 200_000));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains(await _factory.AuditAsync("sign-in-failed"), e => e.Details == "password over 128 characters");
    }
}
