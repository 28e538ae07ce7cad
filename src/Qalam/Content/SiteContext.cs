using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Content;

/// <summary>
/// The site's settings and the reader's clock for one request (settings from <see cref="SiteCache"/>, which the
/// content feed keeps current), and the formatting of dates and numbers that follows from them.
/// </summary>
public sealed class SiteContext(QalamDb db, SiteCache cache, TimeProvider clock, Languages languages)
{
    private SiteSettings? _settings;
    private LocalizedTexts? _texts;
    private TimeZoneInfo? _zone;

    /// <summary>The settings, and with them the translated texts (<see cref="Texts"/>): whatever shows the one shows the other.</summary>
    public async Task<SiteSettings> GetSettingsAsync(CancellationToken ct = default)
    {
        if (_settings is { } known) return known;
        _texts ??= await cache.TextsAsync(db, ct);
        return _settings = await cache.SettingsAsync(db, ct);
    }

    /// <summary>The names, tagline and menu a reader of that language sees (the default's when none is given), after <see cref="GetSettingsAsync"/>.</summary>
    public TextsIn Texts(Language? language = null) =>
        (_texts ?? throw new InvalidOperationException("Site texts were not loaded for this request.")).For(language ?? languages.Default, languages.Default);

    /// <summary>The site's name in a language: its translation, else the default's.</summary>
    public string SiteName(Language? language = null) => Texts(language).Name(TextSubject.Site, 1, Settings.Name);

    /// <summary>The site's tagline in a language: its translation, else the default's (null when it has none).</summary>
    public string? Tagline(Language? language = null) =>
        Texts(language).Find(TextSubject.Site, 1, TextField.Tagline) ?? Settings.Tagline;

    /// <summary>Settings after <see cref="GetSettingsAsync"/> has run in this request (the layout relies on the page having loaded them).</summary>
    public SiteSettings Settings => _settings ?? throw new InvalidOperationException("Site settings were not loaded for this request.");

    public DateTimeOffset Now => clock.GetUtcNow();

    public TimeZoneInfo Zone => _zone ??= FindZone(Settings.TimeZone);

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>The site's language of a code (a post's), the default's when none is given.</summary>
    public Language Language(string? code = null) => languages.Of(code);

    /// <summary>«24 يناير 2026» in Arabic, "24 January 2026" in English, with the site's digits.</summary>
    public string FormatDate(DateTimeOffset utc, string? language = null)
    {
        var l = Language(language);
        return Digits(ToLocal(utc).ToString("d MMMM yyyy", l.Culture), l);
    }

    /// <summary>«5 ديسمبر 2026، 09:22» in Arabic, "5 December 2026, 09:22" in English: each with its own comma.</summary>
    public string FormatDateTime(DateTimeOffset utc, string? language = null)
    {
        var l = Language(language);
        return Digits(ToLocal(utc).ToString("d MMMM yyyy", l.Culture) + l.Comma + " " + ToLocal(utc).ToString("HH:mm", l.Culture), l);
    }

    public string FormatNumber(long n, string? language = null) => Digits(n.ToString(CultureInfo.InvariantCulture), language);

    /// <summary>Applies the site's digit style: a language with digits of its own (Arabic) uses them when the site asks; others keep 0–9.</summary>
    public string Digits(string text, string? language = null) => Digits(text, Language(language));

    public string Digits(string text, Language language) => Settings.Digits == DigitStyle.ArabicIndic ? language.WithNativeDigits(text) : text;

    /// <summary>The culture a language's dates and numbers are written in.</summary>
    public CultureInfo Culture(string? language = null) => Language(language).Culture;

    public static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
