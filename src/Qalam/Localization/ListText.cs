using System.Globalization;

namespace Qalam.Localization;

/// <summary>
/// Titles named in a sentence, in the sentence's language: «أ»، «ب» in Arabic, “A”, “B” in English (the language's comma and quotation marks). An Arabic comma
/// or Arabic quotation marks in an English message read as a mistake.
/// </summary>
public static class ListText
{
    public static string Quoted(IEnumerable<string> titles, CultureInfo? culture = null)
    {
        var language = Language.For((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName);
        return string.Join(language.Comma + " ", titles.Select(language.Quoted));
    }
}
