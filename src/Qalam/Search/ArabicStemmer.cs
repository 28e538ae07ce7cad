namespace Qalam.Search;

/// <summary>
/// Light stemming on normalised text, guarded by <see cref="ArabicLexicon"/>: stacked clitics (وبال، فلل، وكال…) and
/// possessive suffixes (نا، هم، ها، كم، ه…) are taken off only when what is left is a known word, so «وجهة» keeps its
/// waw and «محاكم» its «كم»; a feminine noun keeps its taa marbuta (normalised to heh), so «نقابة» never meets «نقاب»,
/// while «نقابات», «رسالته» and «رسالتنا» go back to it. Relative adjectives (ي، ية، يات، يين) meet their noun
/// («وطنية» → «وطن»). Words the lexicon does not know get Larkey's light10 as before: at most one article or «و», then
/// the number suffixes, never leaving fewer than three letters.
/// </summary>
public static class ArabicStemmer
{
    public const int MinimumStem = 3;

    // Longest first. «لل» is ل before the article (للمجتمع) or before a word that begins with lam (لليبيا).
    private static readonly string[] ArticlePrefixes = ["وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];
    private static readonly string[] BarePrefixes = ["وب", "فب", "وك", "فك", "ول", "فل", "و", "ف", "ب", "ك", "ل"];
    private static readonly string[] Pronouns = ["هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه"];

    /// <summary>The stem of a normalised word; <paramref name="taaMarbuta"/> says its final heh was written «ة».</summary>
    public static string Stem(string word, bool taaMarbuta = false)
    {
        var whole = Suffixes(word, taaMarbuta);
        // The word list also holds passive verbs such as «ووطن»; in text, a double waw is «و» before a word.
        if (whole.Known && !word.StartsWith("وو", StringComparison.Ordinal)) return whole.Stem;
        foreach (var prefix in ArticlePrefixes.Concat(BarePrefixes))
        {
            if (word.Length - prefix.Length < 2 || !word.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = word[prefix.Length..];
            if (prefix.EndsWith("لل", StringComparison.Ordinal) && Suffixes("ل" + rest, taaMarbuta) is { Known: true } lam) return lam.Stem;
            if (Suffixes(rest, taaMarbuta) is { Known: true } found) return found.Stem;
        }
        foreach (var prefix in ArticlePrefixes.Append("و"))
        {
            if (word.Length - prefix.Length >= MinimumStem && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Suffixes(word[prefix.Length..], taaMarbuta).Stem;
            }
        }
        return whole.Stem;
    }

    private readonly record struct Analysis(string Stem, bool Known);

    // The word's stem once its suffixes are off: the first reading that ends in a known word, else the light10 reading.
    private static Analysis Suffixes(string word, bool taaMarbuta)
    {
        var plain = Number(word);
        if (plain.Known) return plain;
        foreach (var pronoun in Pronouns)
        {
            if (pronoun == "ه" && taaMarbuta) continue;
            if (word.Length - pronoun.Length < MinimumStem || !word.EndsWith(pronoun, StringComparison.Ordinal)) continue;
            var bare = word[..^pronoun.Length];
            // رسالتنا → رسالة: the taa marbuta opens to taa before a suffix.
            if (bare[^1] == 'ت' && Number(bare[..^1] + "ه") is { Known: true } feminine) return feminine;
            if (Number(bare) is { Known: true } known) return known;
        }
        // Unknown words: «ها» is nearly always the pronoun; a final heh may be a taa marbuta typed as heh, so it stays.
        if (word.Length - 2 >= MinimumStem && word.EndsWith("ها", StringComparison.Ordinal)) return Number(word[..^2]);
        return plain;
    }

    // Number, gender and relative endings.
    private static Analysis Number(string word)
    {
        foreach (var relative in (ReadOnlySpan<string>)["يات", "يين", "يون", "يه", "ي"])
        {
            if (word.Length - relative.Length >= MinimumStem && word.EndsWith(relative, StringComparison.Ordinal))
            {
                var noun = word[..^relative.Length];
                return new(noun, Known(noun) || Known(noun + "ي") || Known(word));
            }
        }
        if (word.Length - 2 >= MinimumStem && word.EndsWith("ات", StringComparison.Ordinal))
        {
            var bare = word[..^2];
            if (Known(bare + "ه")) return new(bare + "ه", true);
            return Known(bare) || !Known(word) ? new(bare, Known(bare)) : new(word, true);
        }
        foreach (var plural in (ReadOnlySpan<string>)["ون", "ين", "ان"])
        {
            if (word.Length - 2 >= MinimumStem && word.EndsWith(plural, StringComparison.Ordinal))
            {
                // «لبنان», «فلسطين», «قوانين» are words of their own.
                if (Known(word)) return new(word, true);
                var bare = word[..^2];
                return new(bare, Known(bare));
            }
        }
        return new(word, Known(word));
    }

    private static bool Known(string word) => ArabicLexicon.Contains(word);
}
