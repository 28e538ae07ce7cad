namespace Qalam.Organisation;

/// <summary>
/// A restricted document (contract, correspondence). Stored outside the public media root,
/// served only through an access check, and every copy served is stamped and logged.
/// </summary>
public sealed class ConfidentialDocument
{
    public int Id { get; set; }
    /// <summary>Unguessable public identifier used in admin URLs instead of the sequential Id.</summary>
    public Guid Key { get; set; } = Guid.NewGuid();
    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required string StoragePath { get; set; }
    public long SizeBytes { get; set; }
    public int? UploadedById { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public List<ConfidentialGrant> Grants { get; set; } = [];
}

/// <summary>Access to a confidential document for one person or for everyone holding a role.</summary>
public sealed class ConfidentialGrant
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int? PersonId { get; set; }
    public Content.Role? Role { get; set; }
}

/// <summary>One stamped copy handed out; its Id is the identifier written into the copy.</summary>
public sealed class ConfidentialCopy
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int DocumentId { get; set; }
    public int? PersonId { get; set; }
    public int? ShareLinkId { get; set; }
    public string RecipientName { get; set; } = "";
    public string? RecipientEmail { get; set; }
    public DateTimeOffset AtUtc { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public long? AuditEntryId { get; set; }
}

/// <summary>An expiring, revocable link that lets one named outside recipient download a stamped copy.</summary>
public sealed class ShareLink
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    /// <summary>SHA-256 of the token; the token itself is shown once.</summary>
    public required string TokenHash { get; set; }
    public required string RecipientName { get; set; }
    public string? RecipientEmail { get; set; }
    public DateTimeOffset ExpiresUtc { get; set; }
    public DateTimeOffset? RevokedUtc { get; set; }
    public int? CreatedById { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
}
