using System.Text;

namespace Qalam.Content;

/// <summary>A simple, readable Arabic-to-Latin transliteration for sites that prefer Latin slugs.</summary>
public static class ArabicTransliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ا'] = "a", ['أ'] = "a", ['إ'] = "i", ['آ'] = "a", ['ٱ'] = "a", ['ء'] = "", ['ؤ'] = "u", ['ئ'] = "i",
        ['ب'] = "b", ['ت'] = "t", ['ث'] = "th", ['ج'] = "j", ['ح'] = "h", ['خ'] = "kh", ['د'] = "d",
        ['ذ'] = "dh", ['ر'] = "r", ['ز'] = "z", ['س'] = "s", ['ش'] = "sh", ['ص'] = "s", ['ض'] = "d",
        ['ط'] = "t", ['ظ'] = "z", ['ع'] = "a", ['غ'] = "gh", ['ف'] = "f", ['ق'] = "q", ['ك'] = "k",
        ['ل'] = "l", ['م'] = "m", ['ن'] = "n", ['ه'] = "h", ['ة'] = "a", ['و'] = "w", ['ي'] = "y", ['ى'] = "a",
        ['٠'] = "0", ['١'] = "1", ['٢'] = "2", ['٣'] = "3", ['٤'] = "4", ['٥'] = "5", ['٦'] = "6", ['٧'] = "7", ['٨'] = "8", ['٩'] = "9",
    };

    public static string ToLatin(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (Letters.TryGetValue(c, out var latin)) sb.Append(latin);
            else if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640') continue;
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
