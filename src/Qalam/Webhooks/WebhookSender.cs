using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Webhooks;

/// <summary>
/// Delivers queued webhook events: a POST of the JSON payload with <c>X-Qalam-Signature: sha256=HMAC(secret, body)</c>,
/// the event's id and time. A failure (no answer, or not 2xx) is tried again later, each wait four times the last
/// (30 s, 2 min, 8 min … about 8 h), <see cref="MaxAttempts"/> in all. The queue is the delivery log in the database,
/// so a restart resumes it; each due row is claimed by moving its next attempt forward with one conditional update,
/// so with several instances only one sends it.
/// </summary>
public sealed class WebhookSender(IServiceScopeFactory scopes, IHttpClientFactory clients, IDataProtectionProvider protection, TimeProvider clock,
    ILogger<WebhookSender> log) : BackgroundService
{
    public const string Client = "webhooks";
    public const int MaxAttempts = 7;
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Something was queued: deliver now rather than at the next poll.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    public IDataProtector Protector => protection.CreateProtector("Qalam.Webhooks.Secret");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DeliverDueAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Webhook delivery failed; retrying at the next round.");
                Observability.QalamMetrics.JobFailed("webhooks");
            }
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var woken = _wake.WaitAsync(either.Token);
            await Task.WhenAny(woken, Task.Delay(Poll, clock, either.Token));
            await either.CancelAsync();
            try { await woken; } catch (OperationCanceledException) { }
        }
    }

    /// <summary>Sends what is due now; returns how many were tried.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var now = clock.GetUtcNow();
        var due = await db.WebhookDeliveries.Include(d => d.Webhook).Where(d => d.State == DeliveryState.Pending && d.NextAttemptUtc <= now)
            .OrderBy(d => d.NextAttemptUtc).Take(20).ToListAsync(ct);
        var tried = 0;
        foreach (var delivery in due)
        {
            var claimedUntil = now + Claim;
            var claimed = await db.WebhookDeliveries.Where(d => d.Id == delivery.Id && d.NextAttemptUtc == delivery.NextAttemptUtc && d.State == DeliveryState.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptUtc, claimedUntil), ct);
            if (claimed == 0) continue;
            db.Entry(delivery).Property(d => d.NextAttemptUtc).OriginalValue = claimedUntil;
            await SendAsync(delivery, ct);
            await db.SaveChangesAsync(ct);
            tried++;
        }
        return tried;
    }

    private async Task SendAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.LastAttemptUtc = now;
        try
        {
            var body = Encoding.UTF8.GetBytes(delivery.Payload);
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Webhook.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            request.Headers.Add("X-Qalam-Signature", Signature(Protector.Unprotect(delivery.Webhook.ProtectedSecret), body));
            request.Headers.Add("X-Qalam-Event", delivery.EventType);
            request.Headers.Add("X-Qalam-Event-Id", delivery.EventId);
            request.Headers.Add("X-Qalam-Timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            delivery.LastStatusCode = (int)response.StatusCode;
            delivery.LastError = response.IsSuccessStatusCode ? null : response.ReasonPhrase;
            if (response.IsSuccessStatusCode)
            {
                delivery.State = DeliveryState.Delivered;
                return;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or WebhookRefusedException or CryptographicException)
        {
            delivery.LastStatusCode = null;
            var refused = e as WebhookRefusedException ?? e.InnerException as WebhookRefusedException;
            delivery.LastError = Truncate(refused?.Message ?? e.Message);
        }
        if (delivery.Attempts >= MaxAttempts) delivery.State = DeliveryState.Failed;
        else delivery.NextAttemptUtc = now + FirstRetry * Math.Pow(4, delivery.Attempts - 1);
    }

    /// <summary>What a receiver computes to check an event: HMAC-SHA256 of the exact body with the webhook's secret.</summary>
    public static string Signature(string secret, byte[] body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static string Truncate(string s) => s.Length <= 500 ? s : s[..500];
}
