using System.Text;

namespace Qalam.Content;

/// <summary>
/// Unicode normalisation for text from outside (addresses, queries, titles). .NET refuses to normalise U+FFFE, a
/// noncharacter that UTF-8 decoding keeps, so a reader could fail a page with /%EF%BF%BE; it is read as U+FFFD,
/// as an undecodable byte is.
/// </summary>
public static class UnicodeText
{
    public static string Normalize(string text, NormalizationForm form) =>
        (text.Contains('\uFFFE', StringComparison.Ordinal) ? text.Replace('\uFFFE', '\uFFFD') : text).Normalize(form);
}
