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
    /// <summary>The public menu as JSON (see <see cref="SiteMenu"/>); older sites' "label|url" lines are still read.</summary>
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
    /// <summary>The theme's main colour as #rrggbb; the theme derives its shades and checks contrast from it.</summary>
    public string PrimaryColour { get; set; } = "#0b5d4b";
    public SiteFont Font { get; set; } = SiteFont.Naskh;
    /// <summary>The home page's sections in the order editors chose, as keys (see HomeSection).</summary>
    public string HomeSections { get; set; } = HomeSection.Default;
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactAddress { get; set; }
    public int Version { get; set; }
}

/// <summary>The typeface of the public theme; each ships with Qalam, so no reader fetches a font from elsewhere.</summary>
public enum SiteFont
{
    Naskh = 0,
    Sans = 1,
    System = 2,
}

/// <summary>The sections a home page can show, stored as a comma-separated list of these keys.</summary>
public static class HomeSection
{
    public const string Statement = "statement";
    public const string News = "news";
    public const string Endorsements = "endorsements";
    public const string Partners = "partners";
    public const string Transparency = "transparency";
    public static readonly IReadOnlyList<string> All = [Statement, News, Endorsements, Partners, Transparency];
    public const string Default = "statement,news,endorsements,partners,transparency";

    /// <summary>The known keys in stored order, each once; unknown keys (from a newer version) are skipped.</summary>
    public static IReadOnlyList<string> Parse(string? stored) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(All.Contains).Distinct().ToList();
}

public enum DigitStyle
{
    Western = 0,
    ArabicIndic = 1,
}
