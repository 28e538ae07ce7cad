namespace Qalam.Accounts;

/// <summary>
/// A personal access token: a person's key for the admin API, with the scopes they chose. Only the SHA-256 of the
/// secret is kept; the secret itself is shown once, when the token is made (see <see cref="AccessTokens"/>).
/// </summary>
public sealed class AccessToken
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Content.Person Person { get; set; } = null!;
    public required string Name { get; set; }
    /// <summary>SHA-256 of the whole secret, lower-case hex.</summary>
    public required string Hash { get; set; }
    /// <summary>The secret's first characters, so a person can tell their tokens apart; not enough to guess the rest.</summary>
    public required string Hint { get; set; }
    /// <summary>The scopes, separated by spaces (<see cref="TokenScopes"/>).</summary>
    public required string Scopes { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public DateTimeOffset? ExpiresUtc { get; set; }
    public DateTimeOffset? LastUsedUtc { get; set; }
    public DateTimeOffset? RevokedUtc { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActiveAt(DateTimeOffset now) => RevokedUtc is null && (ExpiresUtc is null || ExpiresUtc > now);
}
