using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Webhooks;

namespace Qalam.IntegrationTests.Api.Admin;

/// <summary>An event whose receiver was down when the site stopped is delivered by the next start, from the queue in the database.</summary>
public sealed class WebhookRestartTests
{
    [Fact]
    public async Task A_pending_delivery_survives_a_restart()
    {
        var port = WebhookReceiver.FreePort();
        using var first = new QalamFactory(demo: false, settings: ApiSteps.Settings(("Qalam:Webhooks:AllowPrivate", "true")));
        var admin = await first.SignedInClientAsync(Role.Administrator);
        var secret = await WebhookTests.RegisterAsync(admin, $"http://127.0.0.1:{port}/hook", WebhookEvents.Published);
        var (_, api, _) = await first.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite);
        await api.NewPostAsync("خبر قبل التوقف", status: "publish");
        // Nothing listens yet: the first attempt fails and the event waits in the database.
        await WaitAsync(first, d => d.Attempts == 1);
        // The site stops (its data directory stays, for the next start); the second start reads the same data.
        var lifetime = first.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
        lifetime.StopApplication();
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var receiver = new WebhookReceiver(port);
        using var second = new QalamFactory(demo: false, now: first.Clock.GetUtcNow().AddMinutes(5),
            settings: ApiSteps.Settings(("Qalam:Webhooks:AllowPrivate", "true"), ("Qalam:Data", first.DataDirectory)));
        _ = second.Server;

        var received = await receiver.NextAsync();

        Assert.Equal("خبر قبل التوقف", System.Text.Json.JsonDocument.Parse(received.Body).RootElement.GetProperty("post").GetProperty("title").GetString());
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(received.Body)));
        Assert.Equal(expected, received.Headers["X-Qalam-Signature"]);
        var delivery = await WaitAsync(second, d => d.State == DeliveryState.Delivered);
        Assert.Equal(2, delivery.Attempts);
    }

    private static async Task<WebhookDelivery> WaitAsync(QalamFactory factory, Func<WebhookDelivery, bool> done)
    {
        for (var i = 0; i < 200; i++)
        {
            var d = (await factory.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().ToListAsync())).FirstOrDefault(done);
            if (d is not null) return d;
            await Task.Delay(50);
        }
        throw new TimeoutException("The delivery never reached the expected state.");
    }
}
