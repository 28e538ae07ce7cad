namespace Qalam.Search;

/// <summary>
/// What a reader typed, split into its parts: words (all must match), "quoted phrases" (also «…» and “…”),
/// and -exclusions (a word or a phrase). Pure: no analysis yet, so the parts can be shown back as written.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases, IReadOnlyList<string> Excluded)
{
    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        var excluded = new List<string>();
        var s = (text ?? "").Trim();
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) { i++; continue; }
            var negated = s[i] == '-' && i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1]);
            if (negated) i++;
            string part;
            var close = ClosingQuote(s[i]);
            var isPhrase = close is not null;
            if (close is { } quote)
            {
                var end = s.IndexOf(quote, i + 1);
                if (end < 0) end = s.Length; // an unclosed quote runs to the end
                part = s[(i + 1)..end];
                i = Math.Min(s.Length, end + 1);
            }
            else
            {
                var end = i;
                while (end < s.Length && !char.IsWhiteSpace(s[end])) end++;
                part = s[i..end];
                i = end;
            }
            part = part.Trim();
            if (part.Length == 0) continue;
            (negated ? excluded : isPhrase ? phrases : words).Add(part);
        }
        return new SearchQuery(words, phrases, excluded);
    }

    private static char? ClosingQuote(char c) => c switch
    {
        '"' => '"',
        '«' => '»',
        '“' => '”',
        _ => null,
    };
}
