using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed partial class MailTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly SmtpCatcher _smtp = new();
    private readonly WebApplicationFactory<Program> _site;

    public MailTests() => _site = _factory.WithWebHostBuilder(b => b
        .UseSetting("Qalam:Smtp:Host", "127.0.0.1")
        .UseSetting("Qalam:Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Qalam:Smtp:From", "Qalam <no-reply@example.org>")
        .UseSetting("Qalam:PublicUrl", "https://qalam.example.org"));

    public void Dispose()
    {
        _site.Dispose();
        _factory.Dispose();
        _smtp.Dispose();
    }

    private HttpClient Client() => _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<MimeMessage> SingleAsync() => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(await _smtp.WaitForAsync()))));

    [Fact]
    public async Task Forgot_password_mails_a_link_on_the_public_url_that_sets_the_password_once()
    {
        await _site.Services.InScopeAsync(sp => sp.AddAsync("writer@example.org"));
        var client = Client();

        var answer = await client.PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", "writer@example.org")));
        var unknown = await client.PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", "ghost@example.org")));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal((await answer.ReadDocumentAsync()).QuerySelector("main")!.TextContent, (await unknown.ReadDocumentAsync()).QuerySelector("main")!.TextContent);
        var mail = await SingleAsync();
        Assert.Equal("writer@example.org", mail.To.Mailboxes.Single().Address);
        Assert.Equal("تعيين كلمة المرور", mail.Subject);
        var link = new Uri(LinkPattern().Match(mail.TextBody ?? "").Value);
        Assert.Equal("https://qalam.example.org/admin/reset-password", link.GetLeftPart(UriPartial.Path));

        var set = await client.PostFormAsync(link.PathAndQuery, AccountSteps.Fields(("NewPassword", "a mailed new password"), ("ConfirmPassword", "a mailed new password")));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(link.PathAndQuery)).StatusCode);
        Assert.Equal("/admin", (await client.SignInAsync("writer@example.org", "a mailed new password")).Location());
    }

    [Fact]
    public async Task An_invitation_is_mailed_to_the_new_person()
    {
        await _site.Services.InScopeAsync(sp => sp.AddAsync("boss@example.org", Role.Administrator));
        var admin = Client();
        await admin.SignInAsync("boss@example.org");

        var response = await admin.PostFormAsync("/admin/people/add", AccountSteps.Fields(("Email", "new@example.org"), ("DisplayName", "آمنة"), ("Role", "Author")));

        Assert.Contains("أُرسل الرابط بالبريد", (await response.ReadDocumentAsync()).QuerySelector("[role=status]")!.TextContent);
        var mail = await SingleAsync();
        Assert.Equal("new@example.org", mail.To.Mailboxes.Single().Address);
        Assert.Contains("آمنة", mail.TextBody);
        Assert.Matches(LinkPattern(), mail.TextBody ?? "");
    }

    [Fact]
    public void A_host_without_a_sender_address_stops_the_app_at_start()
    {
        using var broken = _factory.WithWebHostBuilder(b => b.UseSetting("Qalam:Smtp:Host", "smtp.example.org").UseSetting("Qalam:Smtp:From", ""));
        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());
        Assert.Contains("Qalam:Smtp:From", error.ToString());
    }

    [GeneratedRegex(@"https://\S+/admin/reset-password\?token=\S+")]
    private static partial Regex LinkPattern();
}

internal static class PeopleSeeding
{
    public static async Task InScopeAsync(this IServiceProvider services, Func<IServiceProvider, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public static Task AddAsync(this IServiceProvider sp, string email, Role role = Role.Author) =>
        sp.GetRequiredService<Qalam.Accounts.PeopleService>().AddAsync(email, email[..email.IndexOf('@')], role, AccountSteps.Password);
}
