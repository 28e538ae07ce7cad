using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

/// <summary>Every state-changing form of the accounts pages refuses a post without the antiforgery token, and changes nothing.</summary>
/// <remarks>
/// One app for the class: every post here is refused and each test compares the whole accounts state before and after
/// its own post, so a post that got through still fails its own test (and shows in the next tests' snapshots too).
/// </remarks>
public sealed class AntiforgeryTests(AntiforgeryTests.Site site) : IClassFixture<AntiforgeryTests.Site>
{
    private readonly QalamFactory _factory = site.Factory;

    public static TheoryData<string> SignedInPosts => new()
    {
        "/admin/account?handler=Profile",
        "/admin/account?handler=Password",
        "/admin/account?handler=SignOutEverywhere",
        "/admin/account/two-factor?handler=Enable",
        "/admin/account/two-factor?handler=Disable",
        "/admin/account/two-factor?handler=RecoveryCodes",
        "/admin/people/add",
        "/admin/people/{id}?handler=Role",
        "/admin/people/{id}?handler=Active",
        "/admin/people/{id}?handler=Profile",
        "/admin/people/{id}?handler=ResetLink",
        "/admin/settings",
        "/admin/audit",
        "/admin/sign-out",
        "/admin/language",
    };

    public static TheoryData<string> AnonymousPosts => new()
    {
        "/admin/sign-in",
        "/admin/sign-in/two-factor",
        "/admin/forgot-password",
        "/admin/reset-password",
    };

    [Theory]
    [MemberData(nameof(SignedInPosts))]
    public async Task A_signed_in_administrators_post_without_a_token_is_refused(string url)
    {
        var admin = site.Administrator;
        var target = await _factory.PersonAsync("writer@example.org");
        var before = await SnapshotAsync();

        var response = await admin.PostAsync(url.Replace("{id}", target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new FormUrlEncodedContent(AccountSteps.Fields(
            ("Role", "Administrator"), ("active", "false"), ("Profile.DisplayName", "x"), ("Profile.UiLanguage", "en"),
            ("CurrentPassword", AccountSteps.Password), ("NewPassword", "forged password value"), ("ConfirmPassword", "forged password value"),
            ("Password", AccountSteps.Password), ("Email", "forged@example.org"), ("DisplayName", "forged"), ("language", "en"),
            ("Form.Name", "forged"), ("Form.Version", "0"), ("Form.TimeZone", "UTC"), ("Form.PostsPerPage", "5"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(AnonymousPosts))]
    public async Task An_anonymous_post_without_a_token_is_refused(string url)
    {
        var before = await SnapshotAsync();
        var response = await _factory.CreateBrowserlessClient().PostAsync(url, new FormUrlEncodedContent(AccountSteps.Fields(
            ("Email", "writer@example.org"), ("Password", AccountSteps.Password), ("Code", "123456"), ("NewPassword", "forged password value"), ("ConfirmPassword", "forged password value"))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    private Task<string> SnapshotAsync() => _factory.WithDbAsync(async db =>
    {
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"{p.Id}:{p.Role}:{p.IsActive}:{p.DisplayName}:{p.SecurityStamp}:{p.PasswordHash}:{p.TwoFactorSecret}:{p.UiLanguage}").ToListAsync();
        var settings = await db.Settings.AsNoTracking().SingleAsync();
        return $"{string.Join('|', people)} / {settings.Version}:{settings.Name} / {await db.Audit.CountAsync()}";
    });

    /// <summary>The app, a signed-in administrator and a signed-in author whose account the forged posts aim at.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public QalamFactory Factory { get; } = new(demo: false);
        public HttpClient Administrator { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Administrator = await Factory.SignedInClientAsync(Role.Administrator, email: "boss@example.org");
            await Factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
