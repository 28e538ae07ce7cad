using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Webhooks;

namespace Qalam.IntegrationTests.Api.Admin;

/// <summary>Without Qalam:Webhooks:AllowPrivate, webhooks never reach loopback or private addresses: not by address, not by name.</summary>
public sealed class WebhookRefusalTests
{
    [Fact]
    public async Task Internal_addresses_are_refused_when_registered_and_when_a_name_resolves_to_one()
    {
        using var factory = new QalamFactory(demo: false, settings: ApiSteps.Settings());
        using var receiver = new WebhookReceiver();
        var admin = await factory.SignedInClientAsync(Role.Administrator);

        foreach (var url in new[] { receiver.Url, "http://localhost/hook", "http://169.254.169.254/latest", "http://[::1]/hook", "ftp://example.org/x" })
        {
            var page = await admin.GetDocumentAsync("/admin/webhooks");
            var response = await admin.PostAsync("/admin/webhooks?handler=Create", new FormUrlEncodedContent(
                [new(Forms.TokenField, page.Token("#add-webhook")), new("Address", url), new("Events", WebhookEvents.Published)]));
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull((await response.ReadDocumentAsync()).Alert());
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.Webhooks.CountAsync()));

        // A name is only known at connection time: this machine's own name resolves to an internal address.
        await WebhookTests.RegisterAsync(admin, $"http://{System.Net.Dns.GetHostName()}:{receiver.Port}/hook", WebhookEvents.Published);
        var (_, api, _) = await factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite);
        await api.NewPostAsync("خبر", status: "publish");

        var delivery = await WaitAsync(factory);
        Assert.Contains("internal addresses", delivery.LastError);
        Assert.Null(delivery.LastStatusCode);
        Assert.False(receiver.TryTake(out _));
    }

    private static async Task<WebhookDelivery> WaitAsync(QalamFactory factory)
    {
        for (var i = 0; i < 200; i++)
        {
            var d = await factory.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(x => x.Attempts > 0));
            if (d is not null) return d;
            await Task.Delay(50);
        }
        throw new TimeoutException("No delivery was attempted.");
    }
}
