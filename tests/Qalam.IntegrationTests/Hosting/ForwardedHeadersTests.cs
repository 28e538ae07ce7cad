using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Hosting;

public sealed class ForwardedHeadersTests
{
    private static async Task<string> SignInRowAsync(Dictionary<string, string> settings)
    {
        using var factory = new QalamFactory(demo: false, settings: settings);
        var server = RealServer.Start(factory);
        var client = RealServer.Client(server);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.50");
        await factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("boss@example.org", "Boss", Role.Administrator, AccountSteps.Password));
        Assert.Equal("/admin", (await client.SignInAsync("boss@example.org")).Location());

        var doc = await client.GetDocumentAsync("/admin/audit?event=sign-in");
        return doc.QuerySelector("tbody tr")!.TextContent;
    }

    [Fact]
    public async Task A_forwarded_address_from_a_loopback_peer_is_ignored_when_no_proxy_is_configured()
    {
        var row = await SignInRowAsync(new() { ["Qalam:KnownProxies"] = "" });

        Assert.DoesNotContain("203.0.113.50", row);
        Assert.Contains("127.0.0.1", row);
    }

    [Fact]
    public async Task A_forwarded_address_from_a_configured_proxy_is_the_one_recorded()
    {
        var row = await SignInRowAsync(new() { ["Qalam:KnownProxies"] = "10.0.0.0/8, 127.0.0.1" });

        Assert.Contains("203.0.113.50", row);
    }
}
