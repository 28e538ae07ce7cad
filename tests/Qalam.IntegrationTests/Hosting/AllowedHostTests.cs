using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Hosting;

public sealed class AllowedHostTests : IDisposable
{
    private readonly SmtpCatcher _smtp = new();
    private readonly QalamFactory _factory;

    public AllowedHostTests() => _factory = new QalamFactory(demo: false, settings: new Dictionary<string, string>
    {
        ["urls"] = "http://127.0.0.1:5123",
        ["Qalam:Smtp:Host"] = "127.0.0.1",
        ["Qalam:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Qalam:Smtp:From"] = "Qalam <no-reply@example.org>",
    });

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task A_request_for_another_host_is_refused()
    {
        var client = _factory.CreateBrowserlessClient();
        var forged = new HttpRequestMessage(HttpMethod.Get, "/");
        forged.Headers.Host = "attacker.example";

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_mailed_reset_link_uses_the_address_the_site_listens_on_not_the_request_host()
    {
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("writer@example.org", "Writer", Role.Author, "correct horse battery staple"));
        var client = _factory.CreateBrowserlessClient();

        await client.PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", "writer@example.org")));

        var mail = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(await _smtp.WaitForAsync())))).TextBody ?? "";
        Assert.Contains("http://127.0.0.1:5123/admin/reset-password?token=", mail);
        Assert.DoesNotContain("http://localhost", mail);
    }

    [Fact]
    public async Task The_people_page_shows_an_invitation_on_the_address_the_site_listens_on()
    {
        using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["urls"] = "http://127.0.0.1:5123" });
        var admin = await factory.SignedInClientAsync(Role.Administrator);

        var added = await admin.PostFormAsync("/admin/people/add", AccountSteps.Fields(("Email", "new@example.org"), ("DisplayName", "آمنة"), ("Role", "Author")));

        var link = (await added.ReadDocumentAsync()).QuerySelector("code.secret")!.TextContent.Trim();
        Assert.StartsWith("http://127.0.0.1:5123/admin/reset-password?token=", link, StringComparison.Ordinal);
    }
}
