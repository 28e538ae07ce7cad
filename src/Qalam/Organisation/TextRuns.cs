namespace Qalam.Organisation;

/// <summary>Words of one direction, in logical order; <paramref name="Gap"/> when a space separates it from the run before.</summary>
public sealed record TextRun(string Text, bool Rtl, bool Gap);

/// <summary>
/// The little of the Unicode bidirectional algorithm that statements need, for <see cref="ShapedText"/>: which words of a
/// line read right to left and which left to right, and where the numbers inside Arabic words are.
/// </summary>
public static class TextRuns
{
    /// <summary>
    /// Groups a line's words by direction: a word with Arabic letters reads right to left; a word with Latin letters or only
    /// digits (Western or Arabic-Indic) left to right; punctuation, and the full stop or comma after a word, takes the
    /// direction of the words on both sides when they agree and the line's otherwise (so «عام 2026.» ends with its stop on the left).
    /// </summary>
    public static List<TextRun> Split(string line, bool rtl)
    {
        var tokens = Tokens(line).ToList();
        var strong = tokens.Select(t => t.Text.Any(IsArabicLetter) ? true : t.Text.Any(char.IsLetterOrDigit) ? false : (bool?)null).ToArray();
        var runs = new List<TextRun>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var before = strong.Take(i).LastOrDefault(s => s is not null);
            var after = strong.Skip(i + 1).FirstOrDefault(s => s is not null);
            var tokenRtl = strong[i] ?? (before is not null && before == after ? before.Value : rtl);
            var (text, gap) = tokens[i];
            if (runs.Count > 0 && runs[^1].Rtl == tokenRtl) runs[^1] = runs[^1] with { Text = runs[^1].Text + (gap ? " " : "") + text };
            else runs.Add(new TextRun(text, tokenRtl, gap && runs.Count > 0));
        }
        return runs;
    }

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
