using Qalam.Accounts;
using Qalam.Content;

namespace Qalam.Pages.Admin.Settings;

/// <summary>The site settings as the form sends them, with the version the editor loaded (for optimistic concurrency).</summary>
public sealed class SettingsForm
{
    public string Name { get; set; } = "";
    public string? Tagline { get; set; }
    public string TimeZone { get; set; } = "Africa/Tripoli";
    public DigitStyle Digits { get; set; }
    public bool ArchivesShowFullText { get; set; }
    public int PostsPerPage { get; set; } = 10;
    public bool TransliterateSlugs { get; set; }
    public bool RequireTwoFactorForStaff { get; set; }
    /// <summary>The menu as stored (see <see cref="SiteMenu"/>); the page builds it from <see cref="Menu"/>.</summary>
    public string? MenuLinks { get; set; }
    /// <summary>The menu editor's rows; a form without them (an older page) leaves the menu as it was.</summary>
    public List<MenuRow> Menu { get; set; } = [];
    public bool HideMenuCategories { get; set; }
    public string? SocialLinks { get; set; }
    public string? SignatureBlock { get; set; }
    public bool CommentsOpen { get; set; }
    public int CommentsCloseAfterDays { get; set; }
    public bool CommentsHeldForModeration { get; set; }
    public string PrimaryColour { get; set; } = "#0b5d4b";
    public SiteFont Font { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactAddress { get; set; }
    /// <summary>One row per home page section: shown or not, and its place.</summary>
    public List<HomeSectionChoice> Sections { get; set; } = [];
    /// <summary>The sections to show, in order, as stored (what <see cref="Sections"/> amounts to).</summary>
    public string HomeSections => HomeSectionChoice.Store(Sections);
    /// <summary>Shown for the change log and the page; set by uploading a file, not by this form.</summary>
    public string? LogoUrl { get; set; }
    public int Version { get; set; }

    public static SettingsForm From(SiteSettings s) => new()
    {
        Name = s.Name, Tagline = s.Tagline, LogoUrl = s.LogoUrl, TimeZone = s.TimeZone, Digits = s.Digits,
        ArchivesShowFullText = s.ArchivesShowFullText, PostsPerPage = s.PostsPerPage, TransliterateSlugs = s.TransliterateSlugs,
        RequireTwoFactorForStaff = s.RequireTwoFactorForStaff, MenuLinks = s.MenuLinks, HideMenuCategories = SiteMenu.Parse(s.MenuLinks).HideCategories, SocialLinks = s.SocialLinks,
        SignatureBlock = s.SignatureBlock, Version = s.Version,
        PrimaryColour = s.PrimaryColour, Font = s.Font, ContactEmail = s.ContactEmail, ContactPhone = s.ContactPhone,
        ContactAddress = s.ContactAddress, Sections = HomeSectionChoice.From(s.HomeSections),
        CommentsOpen = s.CommentsOpen, CommentsCloseAfterDays = s.CommentsCloseAfterDays, CommentsHeldForModeration = s.CommentsHeldForModeration,
    };

    /// <summary>Field name and resource key (with line numbers for link lists) of every problem.</summary>
    public IReadOnlyList<(string Key, string? Lines)> Problems()
    {
        var problems = new List<(string, string?)>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) problems.Add(("SiteNameInvalid", null));
        if (Tagline?.Length > 300) problems.Add(("TaglineTooLong", null));
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _)) problems.Add(("TimeZoneInvalid", null));
        if (!Enum.IsDefined(Digits)) problems.Add(("DigitsInvalid", null));
        if (PostsPerPage is < 1 or > 100) problems.Add(("PostsPerPageInvalid", null));
        if (LinkLines.Parse(SocialLinks).BadLines is { Count: > 0 } social) problems.Add(("SocialLinksInvalid", JoinNumbers(social)));
        if (SignatureBlock?.Length > 2000) problems.Add(("SignatureTooLong", null));
        if (CommentsCloseAfterDays is < 0 or > 3650) problems.Add(("CommentsCloseAfterDaysInvalid", null));
        if (!Theme.Rgb.TryParse(PrimaryColour, out _)) problems.Add(("PrimaryColourInvalid", null));
        if (!Enum.IsDefined(Font)) problems.Add(("FontInvalid", null));
        if (!string.IsNullOrWhiteSpace(ContactEmail) && !IsEmail(ContactEmail.Trim())) problems.Add(("ContactEmailInvalid", null));
        if (!string.IsNullOrWhiteSpace(ContactPhone) && !IsPhone(ContactPhone.Trim())) problems.Add(("ContactPhoneInvalid", null));
        if (ContactAddress?.Length > 300) problems.Add(("ContactAddressTooLong", null));
        if (Sections.Any(c => c.Order is < 1 or > 99)) problems.Add(("HomeSectionOrderInvalid", null));
        return problems;
    }

    public void ApplyTo(SiteSettings s)
    {
        s.Name = Name.Trim();
        s.Tagline = Blank(Tagline);
        s.LogoUrl = Blank(LogoUrl);
        s.TimeZone = TimeZone.Trim();
        s.Digits = Digits;
        s.ArchivesShowFullText = ArchivesShowFullText;
        s.PostsPerPage = PostsPerPage;
        s.TransliterateSlugs = TransliterateSlugs;
        s.RequireTwoFactorForStaff = RequireTwoFactorForStaff;
        s.MenuLinks = MenuLinks;
        s.SocialLinks = LinkLines.Normalize(SocialLinks);
        s.SignatureBlock = Blank(SignatureBlock);
        s.CommentsOpen = CommentsOpen;
        s.CommentsCloseAfterDays = CommentsCloseAfterDays;
        s.CommentsHeldForModeration = CommentsHeldForModeration;
        s.PrimaryColour = PrimaryColour.Trim().ToLowerInvariant();
        s.Font = Font;
        s.ContactEmail = Blank(ContactEmail);
        s.ContactPhone = Blank(ContactPhone);
        s.ContactAddress = Blank(ContactAddress);
        // A form without the section rows (an older page) leaves the home page as it was.
        if (Sections.Count > 0) s.HomeSections = HomeSections;
    }

    /// <summary>Line or item numbers in a sentence of the interface's language: "2, 3" in English, «2، 3» in Arabic.</summary>
    public static string JoinNumbers(IEnumerable<int> numbers) =>
        string.Join(Localization.Language.For(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Comma + " ", numbers);

    private static bool IsEmail(string text) =>
        text.Length <= 200 && System.Net.Mail.MailAddress.TryCreate(text, out var address) && address.Address == text && !text.Contains(' ');

    // Digits with the separators people write in a phone number; the tel: link keeps only the digits and the plus.
    private static bool IsPhone(string text) =>
        text.Length <= 40 && text.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')') && text.Count(char.IsAsciiDigit) >= 4;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
