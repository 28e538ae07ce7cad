namespace Qalam.Accounts;

/// <summary>
/// What a token may be used for. A scope never adds a right: the person's role decides what they may do
/// (<see cref="Content.PostRights"/>, <see cref="Policies"/>), and the scope narrows it to what the token was made for.
/// </summary>
public static class TokenScopes
{
    public const string PostsRead = "posts:read";
    public const string PostsWrite = "posts:write";
    public const string MediaWrite = "media:write";
    public const string TermsWrite = "terms:write";

    public const string Claim = "qalam:scope";

    public static readonly IReadOnlyList<string> All = [PostsRead, PostsWrite, MediaWrite, TermsWrite];

    /// <summary>The policy name an endpoint requires for a scope.</summary>
    public static string Policy(string scope) => "scope:" + scope;

    /// <summary>The known scopes among those asked for, in a fixed order; unknown ones are dropped.</summary>
    public static IReadOnlyList<string> Known(IEnumerable<string> asked) => All.Where(asked.Contains).ToList();
}
