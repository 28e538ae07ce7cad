namespace Qalam.Content;

/// <summary>The one row of settings editors change from the admin.</summary>
public sealed class SiteSettings
{
    public int Id { get; set; } = 1;
    public string Name { get; set; } = "قلم";
    public string? Tagline { get; set; }
    public string? LogoUrl { get; set; }
    public string TimeZone { get; set; } = "Africa/Tripoli";
    public DigitStyle Digits { get; set; } = DigitStyle.Western;
    public bool ArchivesShowFullText { get; set; }
    public int PostsPerPage { get; set; } = 10;
    public bool TransliterateSlugs { get; set; }
    public bool RequireTwoFactorForStaff { get; set; }
    /// <summary>Menu links as lines of "label|url".</summary>
    public string? MenuLinks { get; set; }
    /// <summary>Social links as lines of "label|url".</summary>
    public string? SocialLinks { get; set; }
    /// <summary>The organisation's signature under statements.</summary>
    public string? SignatureBlock { get; set; }
    public int Version { get; set; }
}

public enum DigitStyle
{
    Western = 0,
    ArabicIndic = 1,
}
