using System.Collections.Concurrent;
using System.Globalization;

namespace Qalam.Localization;

/// <summary>
/// A language content is written in and a page is framed in: its code (the address prefix and the lang attribute),
/// its name in itself, its direction, the culture its dates and numbers are written in, and its own digits. Everything
/// follows from the code and, optionally, a culture (ar=ar-LY), so adding a language is a setting
/// (<see cref="Languages"/>) plus resource files for its interface strings.
/// </summary>
public sealed class Language
{
    private static readonly ConcurrentDictionary<string, Language> Known = new(StringComparer.OrdinalIgnoreCase);

    // Cultures a bare code stands for when the setting names none: Libyan Arabic (its month names, the Gregorian
    // calendar) and British English, as the organisation writes them.
    private static readonly Dictionary<string, string> Regional = new(StringComparer.OrdinalIgnoreCase) { ["ar"] = "ar-LY", ["en"] = "en-GB" };

    private Language(string code, CultureInfo culture)
    {
        Code = code;
        var formatting = (CultureInfo)culture.Clone();
        // Digits are Qalam's to choose (the site's setting), never the culture's to substitute.
        formatting.NumberFormat.DigitSubstitution = DigitShapes.None;
        Culture = CultureInfo.ReadOnly(formatting);
        var primary = code.Split('-')[0];
        var neutral = IsKnownCulture(primary) ? CultureInfo.GetCultureInfo(primary) : culture;
        Interface = neutral;
        NativeName = neutral.NativeName;
        RightToLeft = culture.TextInfo.IsRightToLeft;
        var digits = string.Concat(neutral.NumberFormat.NativeDigits);
        NativeDigits = digits.Length == 10 && digits != "0123456789" ? digits : null;
        // Languages in the Arabic script (Arabic, Persian, Urdu) separate with the Arabic comma.
        Comma = NativeName.Length > 0 && NativeName[0] is >= '\u0600' and <= '\u06FF' ? "،" : ",";
    }

    /// <summary>The lower-case code: "ar", "en", "fr", "zgh".</summary>
    public string Code { get; }
    /// <summary>Dates and numbers: month names, calendar, separators.</summary>
    public CultureInfo Culture { get; }
    /// <summary>The culture interface strings are looked up in (resource files are per language, not per country).</summary>
    public CultureInfo Interface { get; }
    /// <summary>The language's name in itself, for the switcher: «العربية», "English", "français".</summary>
    public string NativeName { get; }
    public bool RightToLeft { get; }
    public string Direction => RightToLeft ? "rtl" : "ltr";
    /// <summary>The language's own ten digits (Arabic-Indic for Arabic), used when the site asks for them; null when it writes 0–9.</summary>
    public string? NativeDigits { get; }
    public string Comma { get; }

    /// <summary>A title named in a sentence: «…» in the Arabic script, “…” otherwise.</summary>
    public string Quoted(string text) => Comma == "،" ? $"«{text}»" : $"“{text}”";

    /// <summary>The language of a code, configured or not (a post imported in a language the site does not list still says what it is).</summary>
    public static Language For(string code) => Known.GetOrAdd(code, c => Create(c, null));

    /// <summary>
    /// Parses one entry of the setting, "code" or "code=culture"; null with the reason when the code or culture is not
    /// one this machine knows.
    /// </summary>
    public static Language? TryParse(string entry, out string? error)
    {
        error = null;
        var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
        var code = parts[0].ToLowerInvariant();
        if (code.Length is < 2 or > 12 || !code.All(c => c is >= 'a' and <= 'z' or '-') || !IsKnownCulture(code.Split('-')[0]))
        {
            error = $"\"{parts[0]}\" is not a language code (ar, en, fr, zgh).";
            return null;
        }
        if (parts.Length == 2 && !IsKnownCulture(parts[1]))
        {
            error = $"\"{parts[1]}\" is not a culture this machine knows (ar-LY, en-GB, fr-FR).";
            return null;
        }
        return parts.Length == 2 ? Known.GetOrAdd(code + "=" + parts[1], _ => Create(code, parts[1])) : For(code);
    }

    private static Language Create(string code, string? culture)
    {
        culture ??= Regional.GetValueOrDefault(code) ?? code;
        return new Language(code.ToLowerInvariant(), IsKnownCulture(culture) ? CultureInfo.GetCultureInfo(culture) : CultureInfo.InvariantCulture);
    }

    private static bool IsKnownCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Writes the text's digits in this language's own, when it has them.</summary>
    public string WithNativeDigits(string text) => NativeDigits is not { } digits ? text :
        string.Create(text.Length, (text, digits), (span, s) =>
        {
            for (var i = 0; i < s.text.Length; i++)
            {
                var c = s.text[i];
                span[i] = c is >= '0' and <= '9' ? s.digits[c - '0'] : c;
            }
        });

    public override string ToString() => Code;
}
