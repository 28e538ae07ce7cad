using System.Text;
using Qalam.Content;

namespace Qalam.Search;

/// <summary>
/// Normalising text for search, applied identically to documents and queries. Full mode folds every spelling a reader
/// might type (tashkeel, alef and hamza forms, alef maqsura, taa marbuta, Persian letters, digits, Latin case and accents);
/// exact mode only removes what is invisible (tashkeel, tatweel, zero-width and bidi controls) and unifies digits.
/// </summary>
public static class ArabicText
{
    /// <summary>Folds a word or a text; characters that are not letters or digits are kept for the tokenizer to split on.</summary>
    public static string Normalize(ReadOnlySpan<char> text, bool exact = false)
    {
        var source = NeedsCompatibilityForm(text) ? UnicodeText.Normalize(text.ToString(), NormalizationForm.FormKC).AsSpan() : text;
        var sb = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (IsIgnorable(c)) continue;
            var folded = exact ? FoldForm(c) : c is 'ء' or 'ؤ' or 'ئ' ? FoldHamza(c, sb, source[(i + 1)..]) : Fold(c);
            if (folded != '\0') sb.Append(folded);
        }
        return sb.ToString();
    }

    // One spelling for each place a hamza's seat is disputed, so «مسئول» meets «مسؤول», «رءوس» «رؤوس», «تفائل» «تفاءل»
    // and «شركاؤنا» «شركاء»: before waw it is waw (as a reader typing it bare writes it), after alef a plain hamza,
    // after yeh at the end of a word nothing («شيء», «شئ»); otherwise waw and yeh seats are the letter, as typed bare.
    private static char FoldHamza(char c, StringBuilder before, ReadOnlySpan<char> after)
    {
        var next = '\0';
        foreach (var a in after)
        {
            if (IsIgnorable(a)) continue;
            next = a;
            break;
        }
        var previous = before.Length > 0 ? before[^1] : '\0';
        if (next == 'و') return 'و';
        if (previous == 'ا') return 'ء';
        if (previous == 'ي' && !char.IsLetter(next)) return c == 'ء' ? '\0' : 'ي';
        return c switch { 'ؤ' => 'و', 'ئ' => 'ي', _ => 'ء' };
    }

    /// <summary>Marks and controls that are dropped inside words: harakat, shadda, sukun, tanween, superscript alef, Quranic marks, tatweel, zero-width and bidi controls.</summary>
    public static bool IsIgnorable(char c) => c is
        (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED') or '\u0640'
        or (>= '\u200B' and <= '\u200F') or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
        or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u00AD';

    /// <summary>Whether a character belongs to a word in the original text (letters, digits and the marks dropped by normalising).</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || IsIgnorable(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' or '\u0672' or '\u0673' => 'ا',
        'ى' or 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        >= 'A' and <= 'Z' => (char)(c + 32),
        >= '\u00C0' and <= '\u024F' => FoldLatin(c),
        _ => FoldDigit(c),
    };

    // Exact mode: the same letter in another code point (Persian keheh and yeh) and digits; never another spelling.
    private static char FoldForm(char c) => c switch
    {
        'ک' => 'ك',
        'ی' => 'ي',
        _ => FoldDigit(c),
    };

    private static char FoldDigit(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    // é → e, Ü → u: the base letter of a precomposed Latin letter, lower-cased.
    private static char FoldLatin(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }

    // NFKC is costly; only presentation forms, full-width forms, ligatures and combining hamza/madda need it.
    private static bool NeedsCompatibilityForm(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\uFB00' || c is >= '\u0653' and <= '\u0655' || c is >= '\u0300' and <= '\u036F') return true;
        }
        return false;
    }
}
