using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Accounts;

/// <summary>A person's public profile and interface language, as edited by themselves or by an administrator.</summary>
public sealed class ProfileForm
{
    public string DisplayName { get; set; } = "";
    public string? Bio { get; set; }
    public string? AvatarUrl { get; set; }
    /// <summary>The code of one of the site's languages; anything else saves the default.</summary>
    public string UiLanguage { get; set; } = "";

    public static ProfileForm From(Person p) => new() { DisplayName = p.DisplayName, Bio = p.Bio, AvatarUrl = p.AvatarUrl, UiLanguage = p.UiLanguage };

    /// <summary>Resource keys of what is wrong, empty when the form can be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Trim().Length > 200) problems.Add("DisplayNameInvalid");
        if (Bio?.Length > 2000) problems.Add("BioTooLong");
        if (!string.IsNullOrWhiteSpace(AvatarUrl) && !LinkLines.IsSafeUrl(AvatarUrl.Trim())) problems.Add("AvatarUrlInvalid");
        return problems;
    }

    public void ApplyTo(Person p, Languages languages)
    {
        p.DisplayName = DisplayName.Trim();
        p.Bio = string.IsNullOrWhiteSpace(Bio) ? null : Bio.Trim();
        p.AvatarUrl = string.IsNullOrWhiteSpace(AvatarUrl) ? null : AvatarUrl.Trim();
        p.UiLanguage = (languages.Find(UiLanguage) ?? languages.Default).Code;
    }
}
