using Qalam.Content;

namespace Qalam.Search;

/// <summary>Filters a reader can add to a search; dates are UTC bounds (from inclusive, to exclusive).</summary>
public sealed record SearchFilters(
    int? AuthorId = null,
    int? CategoryId = null,
    int? TagId = null,
    PostKind? Kind = null,
    string? Language = null,
    DateTimeOffset? FromUtc = null,
    DateTimeOffset? ToUtc = null);

/// <summary>
/// A query analysed for the index, ready for a backend: the terms that must all match (they also rank),
/// the phrases whose terms must stand together, what must not appear, and in exact mode the exact forms.
/// With <see cref="Preferred"/> (the reader's language, when no language filter is chosen) only that language's
/// matches are ranked; the others are only counted, per language, in the same pass.
/// </summary>
public sealed record SearchPlan(
    IReadOnlyList<string> Terms,
    IReadOnlyList<IReadOnlyList<string>> Phrases,
    IReadOnlyList<IReadOnlyList<string>> Excluded,
    bool Exact,
    SearchFilters Filters,
    DateTimeOffset Now,
    int Skip,
    int Take,
    IReadOnlyList<SynonymGroup>? Readings = null,
    string? Preferred = null)
{
    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Pairs of adjacent terms the phrases need (none in exact mode, where the exact forms decide): a two-word
    /// phrase is exactly its pair; a longer one needs all its pairs and then its positions checked.</summary>
    public IReadOnlyList<string> Pairs => Exact ? [] : Phrases.SelectMany(PairsOf).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every key the index must hold for a post to match: the terms and the phrases' pairs.</summary>
    public IReadOnlyList<string> RequiredKeys => Terms.Concat(Pairs).Distinct(StringComparer.Ordinal).ToList();

    public static IEnumerable<string> PairsOf(IReadOnlyList<string> phrase) =>
        phrase.Zip(phrase.Skip(1), SearchDocument.Pair);

    public static SearchPlan Create(SearchQuery query, bool exact, SearchFilters filters, DateTimeOffset now, int skip, int take)
    {
        var terms = query.Words.Concat(query.Phrases).SelectMany(SearchAnalyzer.QueryTerms).Distinct(StringComparer.Ordinal).ToList();
        // In exact mode every word is a constraint on its exact form; otherwise only multi-word phrases add one.
        var phrases = exact
            ? query.Words.Concat(query.Phrases).Select(p => (IReadOnlyList<string>)SearchAnalyzer.Terms(p, exact: true)).Where(p => p.Count > 0).ToList()
            : query.Phrases.Select(p => (IReadOnlyList<string>)SearchAnalyzer.Terms(p)).Where(p => p.Count > 1).ToList();
        var excluded = query.Excluded.Select(p => (IReadOnlyList<string>)SearchAnalyzer.Terms(p, exact)).Where(p => p.Count > 0).ToList();
        return new SearchPlan(terms, phrases, excluded, exact, filters, now, skip, take, exact ? [] : TaaMarbutaReadings(query.Words));
    }

    /// <summary>
    /// Readers often type «ه» for «ة»: «محفوظه» may be «محفوظة» or «محفوظ» + «ه». A word typed with a final «ه» whose
    /// «ة» reading gives another term is searched both ways, as a synonym group of its two readings.
    /// </summary>
    private static List<SynonymGroup> TaaMarbutaReadings(IEnumerable<string> words) =>
        words.Select(w => w.TrimEnd()).Where(w => w.Length > 2 && w[^1] == 'ه')
            .Select(w => (Typed: SearchAnalyzer.Terms(w), Taa: SearchAnalyzer.Terms(w[..^1] + "ة")))
            .Where(r => r.Typed.Count == 1 && r.Taa.Count == 1 && r.Typed[0] != r.Taa[0])
            .Select(r => new SynonymGroup(0, [[r.Typed[0]], [r.Taa[0]]]))
            .ToList();
}
