using System.Globalization;
using System.Text;

namespace Qalam.Content;

/// <summary>
/// Owns what a slug may look like: Unicode kept (Arabic stays Arabic), NFC-normalised,
/// lower-case Latin, words joined by '-', and percent-encoded (RFC 3986) only when put in a URL.
/// </summary>
public static class Slug
{
    public const int MaxLength = 190;

    /// <summary>Turns a title (or any text) into a slug. Returns "" when nothing usable is left.</summary>
    public static string FromText(string text, bool transliterate = false)
    {
        var source = UnicodeText.Normalize(transliterate ? ArabicTransliteration.ToLatin(text) : text, NormalizationForm.FormC);
        var sb = new StringBuilder(source.Length);
        var pendingDash = false;
        foreach (var rune in source.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value == 0x0640)
            {
                // Tatweel (kashida) is decoration only.
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                // Harakat and tatweel-like marks are dropped from slugs: they make URLs fragile.
            }
            else
            {
                pendingDash = true;
            }
        }
        // Composed again: dropping a mark can leave two letters that compose (Hangul jamo), and a slug that is not NFC
        // is never found by a reader's URL, which Normalize composes.
        return Truncate(sb.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// Normalises a slug that came from a URL, a form or an import: percent-decodes it (once),
    /// NFC-normalises it and lower-cases Latin letters. Does not otherwise change it.
    /// </summary>
    public static string Normalize(string raw)
    {
        var decoded = raw.Contains('%', StringComparison.Ordinal) ? SafeUnescape(raw) : raw;
        return UnicodeText.Normalize(decoded.Trim().Trim('/'), NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>Percent-encodes a slug for use in a URL path segment (RFC 3986 unreserved characters stay).</summary>
    public static string Encode(string slug) => Uri.EscapeDataString(slug);

    private static string SafeUnescape(string raw)
    {
        try
        {
            return Uri.UnescapeDataString(raw);
        }
        catch (UriFormatException)
        {
            return raw;
        }
    }

    private static string Truncate(string slug)
    {
        if (slug.Length <= MaxLength) return slug;
        // Cut at a rune boundary, then at the last dash so a word is not split.
        var cut = slug[..MaxLength];
        if (char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        var dash = cut.LastIndexOf('-');
        return (dash > MaxLength / 2 ? cut[..dash] : cut).Trim('-');
    }
}
