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
    /// <summary>Readers may send new comments (off by default; approved comments, imported ones too, always show).</summary>
    public bool CommentsOpen { get; set; }
    /// <summary>Comments close this many days after a post is published; 0 keeps them open.</summary>
    public int CommentsCloseAfterDays { get; set; }
    /// <summary>Every new comment waits for a moderator (on by default).</summary>
    public bool CommentsHeldForModeration { get; set; } = true;
    public int Version { get; set; }
}

public enum DigitStyle
{
    Western = 0,
    ArabicIndic = 1,
}
