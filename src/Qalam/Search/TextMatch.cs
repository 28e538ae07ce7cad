namespace Qalam.Search;

/// <summary>
/// Whether a short text holds every word of a query, analysed as the index analyses it: «المكتبة» finds «مَكتبة»,
/// «اسماء» finds «أسماء». A word also matches inside a longer one after folding, so «img» still finds «IMG_2041.jpg».
/// For texts not in the index: media names and alt text, and posts readers cannot see yet.
/// </summary>
public sealed class TextMatch
{
    private readonly IReadOnlyList<(string Term, string Word)> _words;

    private TextMatch(IReadOnlyList<(string Term, string Word)> words) => _words = words;

    /// <summary>Null when the query holds nothing to look for.</summary>
    public static TextMatch? For(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        var words = SearchAnalyzer.Tokens(q).Select(t => (t.Term, ArabicText.Normalize(t.Word))).ToList();
        // Only very common words («في»): look for the folded text as it is.
        if (words.Count == 0) words.Add(("", ArabicText.Normalize(q.Trim())));
        return new TextMatch(words);
    }

    public bool Matches(params string?[] texts)
    {
        var text = string.Join(" \n ", texts.Where(t => !string.IsNullOrEmpty(t)));
        var terms = SearchAnalyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
        var folded = ArabicText.Normalize(text);
        return _words.All(w => (w.Term.Length > 0 && terms.Contains(w.Term)) || folded.Contains(w.Word, StringComparison.Ordinal));
    }
}
