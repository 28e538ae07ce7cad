using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed class SlowMailTests : IDisposable
{
    private static readonly TimeSpan Greeting = TimeSpan.FromSeconds(3);
    private readonly QalamFactory _factory = new(demo: false);
    private readonly SmtpCatcher _smtp = new(Greeting);
    private readonly WebApplicationFactory<Program> _site;

    public SlowMailTests() => _site = _factory.WithWebHostBuilder(b => b
        .UseSetting("Qalam:Smtp:Host", "127.0.0.1")
        .UseSetting("Qalam:Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Qalam:Smtp:From", "Qalam <no-reply@example.org>"));

    public void Dispose()
    {
        _site.Dispose();
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task Forgot_password_answers_without_waiting_for_a_slow_mail_server_and_the_mail_still_arrives()
    {
        await _site.Services.InScopeAsync(sp => sp.AddAsync("writer@example.org"));
        var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetAsync("/admin/forgot-password");

        var clock = Stopwatch.StartNew();
        var answer = await client.PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", "writer@example.org")));
        var known = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(known < Greeting / 2, $"The answer took {known.TotalMilliseconds:F0} ms: it waited for the mail server.");
        Assert.Contains("writer@example.org", Assert.Single(await _smtp.WaitForAsync()));
    }
}
