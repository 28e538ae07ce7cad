namespace Qalam.Accounts;

/// <summary>
/// The server's record of one signed-in cookie. The cookie names it; every request checks it still exists, so signing
/// out (or out everywhere, a password change, a reset, a deactivation) ends a copied cookie too.
/// </summary>
public sealed class AdminSession
{
    public required string Id { get; set; }
    public int PersonId { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
}
