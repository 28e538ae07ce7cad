using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// The site's settings and the reader's clock for one request (settings from <see cref="SiteCache"/>, which the
/// content feed keeps current), and the formatting of dates and numbers that follows from them.
/// </summary>
public sealed class SiteContext(QalamDb db, SiteCache cache, TimeProvider clock)
{
    private SiteSettings? _settings;
    private TimeZoneInfo? _zone;

    public async Task<SiteSettings> GetSettingsAsync(CancellationToken ct = default) =>
        _settings ??= await cache.SettingsAsync(db, ct);

    /// <summary>Settings after <see cref="GetSettingsAsync"/> has run in this request (the layout relies on the page having loaded them).</summary>
    public SiteSettings Settings => _settings ?? throw new InvalidOperationException("Site settings were not loaded for this request.");

    public DateTimeOffset Now => clock.GetUtcNow();

    public TimeZoneInfo Zone => _zone ??= FindZone(Settings.TimeZone);

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>«24 يناير 2026» in Arabic, "24 January 2026" in English, with the site's digits.</summary>
    public string FormatDate(DateTimeOffset utc, string language = "ar") =>
        Digits(ToLocal(utc).ToString("d MMMM yyyy", Culture(language)), language);

    /// <summary>«5 ديسمبر 2026، 09:22» in Arabic, "5 December 2026, 09:22" in English: each with its own comma.</summary>
    public string FormatDateTime(DateTimeOffset utc, string language = "ar") =>
        Digits(ToLocal(utc).ToString(language == "en" ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy، HH:mm", Culture(language)), language);

    public string FormatNumber(long n, string language = "ar") => Digits(n.ToString(CultureInfo.InvariantCulture), language);

    /// <summary>Applies the site's digit style to Arabic text; English text keeps Western digits.</summary>
    public string Digits(string text, string language = "ar") =>
        language == "ar" && Settings.Digits == DigitStyle.ArabicIndic ? ArabicDigits.ToArabicIndic(text) : text;

    public static CultureInfo Culture(string language) => language == "en" ? English : Arabic;

    // ar-LY uses the Gregorian calendar with the month names Libyan readers use (يناير، فبراير…).
    private static readonly CultureInfo Arabic = CreateArabic();
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static CultureInfo CreateArabic()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("ar-LY").Clone();
        c.DateTimeFormat.Calendar = new GregorianCalendar();
        c.NumberFormat.DigitSubstitution = DigitShapes.None;
        return c;
    }

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

public static class ArabicDigits
{
    public static string ToArabicIndic(string text) =>
        string.Create(text.Length, text, (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                span[i] = c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c;
            }
        });
}
