namespace Qalam.Search;

/// <summary>A word of the original text: its index term, where it was written (for highlighting), and whether its writer
/// marked a shadda (which tells «بنّاء» from «بناء»).</summary>
public readonly record struct SearchToken(string Term, string Word, int Start, int Length, bool Shadda = false)
{
    /// <summary>The term of the word as marked: a word written with a shadda is also indexed under this key.</summary>
    public string MarkedTerm => Shadda ? SearchAnalyzer.Marked(Term) : Term;
}

/// <summary>
/// Splits text into index terms, keeping each word's position in the original so snippets can show it as written.
/// Full mode: normalised and stemmed (Arabic light stemming, English Snowball); exact mode: only invisible marks removed.
/// Underscores and '#' split words, so #ليبيا_الرقمية and «ليبيا الرقمية» give the same terms.
/// </summary>
public static class SearchAnalyzer
{
    /// <summary>Changes whenever the same text would give other terms, or postings another meaning; an index built by
    /// another version is rebuilt at start. 4: languages numbered by <see cref="IndexLanguages"/>, no longer ar=1, en=2.</summary>
    public const int Version = 4;

    // Words too common to help ranking; compared in normalised form.
    private static readonly HashSet<string> StopWords = new(
        ("في من على الى إلى عن مع هذا هذه ذلك تلك التي الذي الذين ان أن إن كان كانت ما لا لم لن او أو ثم قد كل بين عند بعد قبل " +
         "هو هي هم و ف ب ل يا حتى منذ الا إلا غير ايضا أيضا " +
         "a an the of and or to in on for is are was were be by at from as it its this that with not no but")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicText.Normalize(w)),
        StringComparer.Ordinal);

    public static IEnumerable<SearchToken> Tokens(string text, bool exact = false)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !ArabicText.IsWordChar(text[i])) i++;
            var start = i;
            while (i < text.Length && ArabicText.IsWordChar(text[i])) i++;
            if (i == start) yield break;
            var shadda = text.AsSpan(start, i - start).Contains(ShaddaMark);
            foreach (var (word, term) in Analyse(text.AsSpan(start, i - start), exact))
            {
                yield return new SearchToken(term, word, start, i - start, shadda);
            }
        }
    }

    /// <summary>The index terms of a text, in order, without positions.</summary>
    public static List<string> Terms(string text, bool exact = false) => Tokens(text, exact).Select(t => t.Term).ToList();

    /// <summary>
    /// The terms a reader's words are searched under. Readers rarely type a shadda, so a word typed without one finds
    /// the word however it was written; one typed with a shadda is a deliberate choice («بنّاء», not «بناء») and finds
    /// only text whose writer marked it too.
    /// </summary>
    public static List<string> QueryTerms(string text) => Tokens(text).Select(t => t.MarkedTerm).ToList();

    /// <summary>The key of a term written with a shadda; the mark never survives normalising, so it cannot be taken for a term.</summary>
    public static string Marked(string term) => term + ShaddaMark;

    public const char ShaddaMark = '\u0651';

    public static bool IsStopWord(string normalised) => StopWords.Contains(normalised);

    /// <summary>The stem of one normalised word: Arabic light stemming, English Snowball; numbers and mixed words as they are.</summary>
    public static string Stem(string word, bool taaMarbuta = false)
    {
        if (IsAsciiLetters(word)) return EnglishStemmer.Stem(word);
        return word[0] is >= '\u0621' and <= '\u06FF' ? ArabicStemmer.Stem(word, taaMarbuta) : word;
    }

    // Each result: the normalised word (exact form in exact mode) and its term.
    private static List<(string Word, string Term)> Analyse(ReadOnlySpan<char> word, bool exact)
    {
        var normalised = ArabicText.Normalize(word, exact);
        var results = new List<(string, string)>(1);
        var j = 0;
        // Compatibility forms can expand to several words (ﷲ, ligatures); each becomes its own term.
        while (j < normalised.Length)
        {
            while (j < normalised.Length && !char.IsLetterOrDigit(normalised[j])) j++;
            var start = j;
            while (j < normalised.Length && char.IsLetterOrDigit(normalised[j])) j++;
            if (j == start) break;
            var part = normalised[start..j];
            var folded = exact ? ArabicText.Normalize(part) : part;
            if (StopWords.Contains(folded)) continue;
            results.Add((part, exact ? part : Stem(part, j == normalised.Length && EndsWithTaaMarbuta(word))));
        }
        return results;
    }

    // Normalising folds «ة» into «ه»; the stemmer still needs to know which was written, to tell «رسالة» from «كتابه».
    private static bool EndsWithTaaMarbuta(ReadOnlySpan<char> word)
    {
        for (var i = word.Length - 1; i >= 0; i--)
        {
            if (!ArabicText.IsIgnorable(word[i])) return word[i] is 'ة' or '\uFE93' or '\uFE94';
        }
        return false;
    }

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word)
        {
            if (c is not (>= 'a' and <= 'z')) return false;
        }
        return true;
    }
}
