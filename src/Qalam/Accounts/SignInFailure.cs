namespace Qalam.Accounts;

/// <summary>
/// Failed sign-in steps of one person in one scope: wrong passwords from one address ("ip:…"), or wrong two-step codes
/// ("code"). Each scope counts and locks on its own, so a stranger's wrong passwords lock only the stranger's address.
/// </summary>
public sealed class SignInFailure
{
    public const string CodeScope = "code";

    public long Id { get; set; }
    public int PersonId { get; set; }
    public required string Scope { get; set; }
    public int Count { get; set; }
    public DateTimeOffset? LockedUntilUtc { get; set; }

    public static string AddressScope(string? ip) => "ip:" + (ip ?? "unknown");
}
