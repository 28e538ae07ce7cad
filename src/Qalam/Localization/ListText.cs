using System.Globalization;

namespace Qalam.Localization;

/// <summary>
/// Titles named in a sentence, in the sentence's language: «أ»، «ب» in Arabic, “A”, “B” in English. An Arabic comma
/// or Arabic quotation marks in an English message read as a mistake.
/// </summary>
public static class ListText
{
    public static string Quoted(IEnumerable<string> titles, CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en"
            ? string.Join(", ", titles.Select(t => $"“{t}”"))
            : string.Join("، ", titles.Select(t => $"«{t}»"));
}
