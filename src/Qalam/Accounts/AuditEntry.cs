namespace Qalam.Accounts;

/// <summary>One line of the audit log: append-only, never editable from the interface.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset AtUtc { get; set; }
    public int? ActorId { get; set; }
    public string? ActorName { get; set; }
    /// <summary>A stable verb such as "sign-in", "sign-in-failed", "post-published", "confidential-download".</summary>
    public required string Action { get; set; }
    /// <summary>What it was done to, e.g. "post:12".</summary>
    public string? Subject { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public string? Details { get; set; }
    /// <summary>SHA-256 (hex) of the previous entry's hash and this entry's fields: editing or removing a row breaks the chain (see AuditChain).</summary>
    public string? Hash { get; set; }
}
