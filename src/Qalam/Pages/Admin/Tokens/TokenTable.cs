using Qalam.Accounts;
using Qalam.Content;

namespace Qalam.Pages.Admin.Tokens;

/// <summary>The list of tokens, as a person sees their own and an administrator sees everyone's.</summary>
public sealed record TokenTable(IReadOnlyList<AccessToken> Tokens, SiteContext Site, string Language, string RevokeUrl, bool ShowPerson)
{
    public string When(DateTimeOffset? at) => at is { } t ? Site.FormatDateTime(t, Language) : "—";
}
