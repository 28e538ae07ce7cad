namespace Qalam.Organisation;

/// <summary>Words of one direction, in logical order; <paramref name="Gap"/> when a space separates it from the run before.</summary>
public sealed record TextRun(string Text, bool Rtl, bool Gap);

/// <summary>
/// The little of the Unicode bidirectional algorithm that statements need, for <see cref="ShapedText"/>: which words of a
/// line read right to left and which left to right, and where the numbers inside Arabic words are.
/// </summary>
public static class TextRuns
{
    private enum Kind { Rtl, Ltr, Number, Neutral }

    /// <summary>
    /// Groups a line's words by direction: a word with Arabic letters reads right to left, a word with Latin letters left to
    /// right. A number (Western or Arabic-Indic digits) reads left to right and stands alone, unless Latin text leads to it
    /// (ISO 9001). Punctuation, and the full stop or comma after a word, takes the direction of the words on both sides when
    /// they agree, a number counting as Arabic there, and the line's otherwise: «عام 2026.» ends with its stop on the left.
    /// </summary>
    public static List<TextRun> Split(string line, bool rtl)
    {
        var tokens = Tokens(line).ToList();
        var kinds = tokens.Select(t => Classify(t.Text, rtl)).ToArray();
        Kind? lastStrong = rtl ? null : Kind.Ltr;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.Number && lastStrong == Kind.Ltr) kinds[i] = Kind.Ltr;
            else if (kinds[i] is Kind.Rtl or Kind.Ltr) lastStrong = kinds[i];
        }
        var runs = new List<TextRun>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var tokenRtl = kinds[i] switch
            {
                Kind.Rtl => true,
                Kind.Ltr or Kind.Number => false,
                _ => Side(kinds.Take(i).Reverse()) is { } before && before == Side(kinds.Skip(i + 1)) ? before : rtl,
            };
            var (text, gap) = tokens[i];
            var joins = runs.Count > 0 && runs[^1].Rtl == tokenRtl && kinds[i] != Kind.Number && (i == 0 || kinds[i - 1] != Kind.Number);
            if (joins) runs[^1] = runs[^1] with { Text = runs[^1].Text + (gap ? " " : "") + text };
            else runs.Add(new TextRun(text, tokenRtl, gap && runs.Count > 0));
        }
        return runs;
    }

    private static Kind Classify(string token, bool rtl) =>
        token.Any(IsArabicLetter) ? Kind.Rtl
        : token.Any(char.IsLetter) ? Kind.Ltr
        : token.Any(char.IsDigit) ? (rtl ? Kind.Number : Kind.Ltr)
        : Kind.Neutral;

    /// <summary>The direction of the first word met (true for right to left); numbers count as right to left.</summary>
    private static bool? Side(IEnumerable<Kind> kinds) =>
        kinds.Where(k => k != Kind.Neutral).Select(k => (bool?)(k != Kind.Ltr)).FirstOrDefault();

    /// <summary>The words of a line, each with the punctuation that closes it as a token of its own (no space before it).</summary>
    private static IEnumerable<(string Text, bool Gap)> Tokens(string line)
    {
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var end = word.Length;
            while (end > 0 && word[end - 1] is '.' or ',' or ':' or ';' or '!' or '?' or '\u060C' or '\u061B' or '\u061F') end--;
            if (end == 0 || end == word.Length)
            {
                yield return (word, true);
                continue;
            }
            yield return (word[..end], true);
            yield return (word[end..], false);
        }
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF';

    private static bool IsArabicLetter(char c) => IsArabic(c) && !char.IsDigit(c);

    /// <summary>Splits right-to-left text around its numbers (18-1-2026, ٢٠٢٦), which are laid out left to right.</summary>
    public static List<(string Text, bool Rtl)> Numbers(string text)
    {
        var pieces = new List<(string, bool)>();
        var start = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsDigit(text[i])) { i++; continue; }
            var end = i + 1;
            while (end < text.Length && (char.IsDigit(text[end]) || IsNumberSeparator(text[end]) && end + 1 < text.Length && char.IsDigit(text[end + 1]))) end++;
            if (i > start) pieces.Add((text[start..i], true));
            pieces.Add((text[i..end], false));
            start = i = end;
        }
        if (start < text.Length) pieces.Add((text[start..], true));
        return pieces;
    }

    private static bool IsNumberSeparator(char c) => c is '.' or ',' or ':' or '/' or '-' or '\u066B' or '\u066C';
}
