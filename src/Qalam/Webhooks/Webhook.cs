namespace Qalam.Webhooks;

/// <summary>An address an administrator registered to be told, by a signed POST, when posts change (see <see cref="WebhookEvents"/>).</summary>
public sealed class Webhook
{
    public int Id { get; set; }
    public required string Url { get; set; }
    /// <summary>The signing key, protected with the site's data-protection keys: a copied database alone cannot forge events.</summary>
    public required string ProtectedSecret { get; set; }
    /// <summary>The events it receives, separated by spaces.</summary>
    public required string Events { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public bool IsActive { get; set; } = true;

    public bool Wants(string type) => Events.Split(' ').Contains(type);
}

/// <summary>One event on its way to one webhook: the queue and the delivery log are the same rows, so a restart loses nothing.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public int WebhookId { get; set; }
    public Webhook Webhook { get; set; } = null!;
    /// <summary>The event's id, the same in every retry, so a receiver can ignore a repeat.</summary>
    public required string EventId { get; set; }
    public required string EventType { get; set; }
    /// <summary>The exact bytes sent (and signed), as UTF-8 JSON.</summary>
    public required string Payload { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public DateTimeOffset NextAttemptUtc { get; set; }
    public DateTimeOffset? LastAttemptUtc { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
}

public enum DeliveryState
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}
