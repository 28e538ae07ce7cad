using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Qalam.Search;

/// <summary>
/// Marks matched words in the original text, as written (with their tashkeel), by analysing the text the way the index
/// did and wrapping every word whose term was searched for in &lt;mark&gt;. Output is HTML-encoded apart from the marks.
/// </summary>
public static class Highlighter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The whole text with its matches marked (for titles).</summary>
    public static string Mark(string text, IReadOnlySet<string> terms, bool exact = false) =>
        Render(text, 0, text.Length, Matches(text, terms, exact));

    /// <summary>About <paramref name="maxChars"/> characters around the densest cluster of matches, cut at spaces, with the matches marked.</summary>
    public static string Snippet(string text, IReadOnlySet<string> terms, bool exact = false, int maxChars = 240)
    {
        var matches = Matches(text, terms, exact);
        if (text.Length <= maxChars) return Render(text, 0, text.Length, matches);
        var (start, end) = BestWindow(text, matches, maxChars);
        var sb = new StringBuilder();
        if (start > 0) sb.Append("… ");
        sb.Append(Render(text, start, end, matches));
        if (end < text.Length) sb.Append(" …");
        return sb.ToString();
    }

    private static List<SearchToken> Matches(string text, IReadOnlySet<string> terms, bool exact) =>
        SearchAnalyzer.Tokens(text, exact).Where(t => terms.Contains(t.Term) || terms.Contains(t.MarkedTerm)).DistinctBy(t => t.Start).ToList();

    private static (int Start, int End) BestWindow(string text, List<SearchToken> matches, int maxChars)
    {
        var bestStart = 0;
        var bestCount = -1;
        foreach (var m in matches)
        {
            // Give each candidate window a little context before its first match.
            var start = Math.Max(0, m.Start - maxChars / 5);
            var count = matches.Where(x => x.Start >= start && x.Start + x.Length <= start + maxChars).Select(x => x.Term).Distinct().Count();
            if (count > bestCount) (bestStart, bestCount) = (start, count);
        }
        var s = bestStart == 0 ? 0 : WordBoundaryAfter(text, bestStart);
        var e = Math.Min(text.Length, s + maxChars);
        if (e < text.Length) e = WordBoundaryBefore(text, e, s);
        return (s, e);
    }

    private static int WordBoundaryAfter(string text, int i)
    {
        var space = text.IndexOf(' ', i);
        return space < 0 ? i : space + 1;
    }

    private static int WordBoundaryBefore(string text, int i, int floor)
    {
        var space = text.LastIndexOf(' ', i);
        return space <= floor ? i : space;
    }

    private static string Render(string text, int start, int end, List<SearchToken> matches)
    {
        var sb = new StringBuilder();
        var at = start;
        foreach (var m in matches.Where(m => m.Start >= start && m.Start + m.Length <= end).OrderBy(m => m.Start))
        {
            sb.Append(Encoder.Encode(text[at..m.Start]));
            sb.Append("<mark>").Append(Encoder.Encode(text.Substring(m.Start, m.Length))).Append("</mark>");
            at = m.Start + m.Length;
        }
        sb.Append(Encoder.Encode(text[at..end]));
        return sb.ToString();
    }
}
