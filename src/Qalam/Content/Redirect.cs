namespace Qalam.Content;

/// <summary>
/// An old address that answers 301 with the current address of what it pointed to:
/// a slug kept after a rename, or a permalink brought in from WordPress.
/// </summary>
public sealed class Redirect
{
    public int Id { get; set; }
    /// <summary>Decoded, NFC-normalised path (and query, for WordPress's ?p=ID forms), without a trailing slash.</summary>
    public required string FromPath { get; set; }
    public RedirectTarget TargetKind { get; set; }
    public int TargetId { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
}

public enum RedirectTarget
{
    Post = 0,
    Category = 1,
    Tag = 2,
    Author = 3,
    Media = 4,
}
