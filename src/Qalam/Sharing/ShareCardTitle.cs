using Qalam.Organisation;

namespace Qalam.Sharing;

/// <summary>
/// Fits a title into the card's title area: as large as it will go in three lines, smaller for four, and cut with an
/// ellipsis after four lines at the smallest size, so that a long title stays legible in a phone's link preview.
/// </summary>
public static class ShareCardTitle
{
    /// <summary>Line height as a multiple of the size: Naskh's marks above and below the letters need the room.</summary>
    public const float LineHeight = 1.5f;

    // Largest first; a size is taken when the title fits in its number of lines.
    private static readonly (float Size, int Lines)[] Steps = [(88, 1), (76, 3), (66, 3), (58, 4), (52, 4)];

    // Three full stops rather than U+2026, which the Arabic text face does not have.
    private const string Ellipsis = "...";

    public sealed record Fitted(float Size, IReadOnlyList<string> Lines);

    public static Fitted Fit(ShapedText text, string title, float width, bool rtl)
    {
        var words = SeparateScripts(string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        // Latin letters look larger than Naskh's at one size: English titles are set a step smaller.
        var scale = rtl ? 1f : 0.86f;
        foreach (var (step, most) in Steps)
        {
            var size = step * scale;
            var lines = Lines(text, words, width, size, rtl);
            if (lines.Count <= most) return new Fitted(size, lines);
        }
        var (smallest, max) = (Steps[^1].Size * scale, Steps[^1].Lines);
        var all = Lines(text, words, width, smallest, rtl);
        var kept = all.Take(max - 1).ToList();
        kept.Add(Cut(text, string.Join(' ', all.Skip(max - 1)), width, smallest, rtl));
        return new Fitted(smallest, kept);
    }

    /// <summary>
    /// Splits words where Arabic meets Latin letters or digits («2027،», «Microsoft،»): ShapedText gives each word one
    /// direction and one face, so a year glued to an Arabic comma would come out reversed ("7202،") and Latin letters
    /// would be drawn in the Arabic face. Apart, each part is drawn in its own direction, at the cost of a thin space.
    /// </summary>
    internal static string SeparateScripts(string words)
    {
        var parts = new System.Text.StringBuilder(words.Length + 4);
        bool? arabic = null;
        foreach (var c in words)
        {
            bool? kind = IsArabic(c) ? true : char.IsLetterOrDigit(c) ? false : null;
            if (kind is { } k && arabic is { } previous && k != previous) parts.Append(' ');
            if (kind is not null) arabic = kind;
            else if (c == ' ') arabic = null;
            parts.Append(c);
        }
        return parts.ToString();
    }

    /// <summary>The wrapped lines; a word wider than the whole line (a long address) is cut rather than drawn past the edge.</summary>
    private static List<string> Lines(ShapedText text, string words, float width, float size, bool rtl) =>
        text.Wrap(words, width, size, rtl).Select(l => text.Measure(l, size, rtl) > width ? Cut(text, l, width, size, rtl) : l).ToList();

    /// <summary>As much of <paramref name="line"/> as fits with the ellipsis after it: whole words, else letters.</summary>
    private static string Cut(ShapedText text, string line, float width, float size, bool rtl)
    {
        bool Fits(string s) => text.Measure(WithEllipsis(s, rtl), size, rtl) <= width;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && !Fits(string.Join(' ', words))) words.RemoveAt(words.Count - 1);
        var kept = string.Join(' ', words);
        // One word still too wide: drop letters (whole text elements, never half a character).
        var info = new System.Globalization.StringInfo(kept);
        var count = info.LengthInTextElements;
        while (count > 1 && !Fits(info.SubstringByTextElements(0, count))) count--;
        return WithEllipsis(info.SubstringByTextElements(0, count), rtl);
    }

    // After an Arabic word the dots join its run and fall at its left; after a Latin word in an Arabic line they stand
    // apart, so they still come last in reading order (at the line's left end) rather than inside the Latin run.
    private static string WithEllipsis(string s, bool rtl) =>
        rtl && !s.Split(' ')[^1].Any(IsArabic) ? s + " " + Ellipsis : s + Ellipsis;

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF';
}
