using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// What the public search does with what readers type beyond matching it: searching synonyms too, and counting the
/// query for the editors (<see cref="QueryLog"/>). Typing mistakes are <see cref="Suggestions"/>'.
/// </summary>
public sealed class ReaderQueries(QalamDb db, Synonyms synonyms, QueryLog log)
{
    /// <summary>
    /// Ranks the plan and its synonym alternatives together, or null when no synonym applies (exact mode never
    /// expands). A post found by several alternatives keeps its best score; the total counts each post once.
    /// </summary>
    public async Task<RankedPage?> RankWithSynonymsAsync(SearchPlan plan, Func<SearchPlan, Task<RankedPage>> rank, CancellationToken ct)
    {
        if (plan.Exact || plan.IsEmpty) return null;
        var variants = Synonyms.Expand(plan.Terms, [.. await synonyms.ListAsync(db, ct), .. plan.Readings ?? []]);
        if (variants.Count < 2) return null;
        var best = new Dictionary<int, double>();
        var elsewhere = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var terms in variants)
        {
            // Every match of each alternative, so the merged order and total are exact; a page is then cut from them.
            var all = await rank(plan with { Terms = terms, Skip = 0, Take = int.MaxValue });
            foreach (var (id, score) in all.Hits) best[id] = Math.Max(score, best.GetValueOrDefault(id));
            foreach (var (language, ids) in all.Elsewhere)
            {
                if (!elsewhere.TryGetValue(language, out var set)) elsewhere[language] = set = [];
                set.UnionWith(ids);
            }
        }
        var hits = best.OrderByDescending(h => h.Value).ThenByDescending(h => h.Key)
            .Skip(plan.Skip).Take(plan.Take).Select(h => (h.Key, h.Value)).ToList();
        return new RankedPage(hits, best.Count) { Elsewhere = elsewhere.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal) };
    }

    public void Record(string q, bool zeroHits) => log.Record(q, zeroHits);
}
