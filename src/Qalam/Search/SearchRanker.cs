using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// Matches and ranks a plan in C#, the same whatever the database. The rarest required key (a term, or a pair of
/// adjacent terms for a phrase) gives the candidates with the fields filters and ranking need; every other key's ids
/// narrow them; phrases of three or more words are checked on positions, read only for the blocks that hold
/// candidates; exclusions are removed; and every survivor is scored with <see cref="SearchRanking.Score"/>'s formula.
/// A search costs about as much as reading its keys' ids; the store only reads and writes blocks.
/// </summary>
public sealed class SearchRanker(ISearchStore store)
{
    public async Task<RankedPage> RankAsync(QalamDb db, SearchPlan plan, SearchStatistics stats, CancellationToken ct)
    {
        var keys = plan.RequiredKeys.OrderBy(k => stats.DocumentFrequency.GetValueOrDefault(k)).ThenBy(k => k, StringComparer.Ordinal).ToList();
        if (plan.IsEmpty || keys.Any(k => !stats.DocumentFrequency.ContainsKey(k))) return new RankedPage([], 0);
        PostingsWanted Wanted(string key, PostingParts parts) =>
            new(key, parts, (int)Math.Min(stats.DocumentFrequency.GetValueOrDefault(key), stats.Documents));
        // The required keys together (one read where the store is another process); an exclusion's keys when needed.
        var loaded = new Dictionary<string, TermPostings>(await store.ReadPostingsAsync(db,
            [Wanted(keys[0], PostingParts.Documents), .. keys.Skip(1).Select(k => Wanted(k, PostingParts.Ids))], ct), StringComparer.Ordinal);
        async Task<TermPostings> LoadAsync(string key)
        {
            if (!loaded.TryGetValue(key, out var postings))
            {
                loaded[key] = postings = (await store.ReadPostingsAsync(db, [Wanted(key, PostingParts.Ids)], ct))[key];
            }
            return postings;
        }

        var driver = loaded[keys[0]];
        var languages = new IndexLanguages(stats.DocumentFrequency);
        // A language no indexed post is in matches nothing.
        if (plan.Filters.Language is { } code && languages.NumberOf(code) is null) return new RankedPage([], 0);
        var candidates = new Candidates(driver, Filter(driver, plan, languages, await AllowedAsync(db, plan.Filters, ct)));
        for (var k = 1; k < keys.Count && candidates.Count > 0; k++) candidates.Intersect(await LoadAsync(keys[k]));

        if (plan.Exact)
        {
            if (plan.Phrases.Count > 0 && candidates.Count > 0)
            {
                var exact = await store.MatchExactAsync(db, plan.Phrases, all: true, ct);
                candidates.Keep(id => exact.Contains(id));
            }
            if (plan.Excluded.Count > 0 && candidates.Count > 0)
            {
                var excluded = await store.MatchExactAsync(db, plan.Excluded, all: false, ct);
                candidates.Keep(id => !excluded.Contains(id));
            }
        }
        else
        {
            // A pair settles a two-word phrase; longer ones also need their words in order.
            foreach (var phrase in plan.Phrases.Where(p => p.Count > 2))
            {
                if (candidates.Count == 0) break;
                var found = await HasPhraseAsync(phrase, candidates.Ids, k => LoadAsync(k), db, ct);
                candidates.KeepAt(c => found[c]);
            }
            foreach (var words in plan.Excluded)
            {
                if (candidates.Count == 0) break;
                var keysOf = words.Count == 1 ? [words[0]] : SearchPlan.PairsOf(words).Distinct(StringComparer.Ordinal).ToList();
                var lists = new List<TermPostings>();
                foreach (var key in keysOf) lists.Add(await LoadAsync(key));
                var containing = candidates.Ids.Where(id => lists.All(l => l.IndexOf(id) >= 0)).ToArray();
                if (words.Count > 2 && containing.Length > 0)
                {
                    var found = await HasPhraseAsync(words, containing, k => LoadAsync(k), db, ct);
                    containing = containing.Where((_, i) => found[i]).ToArray();
                }
                var drop = containing.ToHashSet();
                candidates.Keep(id => !drop.Contains(id));
            }
        }

        var elsewhere = plan.Preferred is { } preferred ? Separate(candidates, driver, languages, languages.Of(preferred)) : new Dictionary<string, int[]>();
        if (candidates.Count == 0) return new RankedPage([], 0) { Elsewhere = elsewhere };
        var terms = plan.Terms.Select(t => (Postings: loaded[t], Idf: SearchRanking.Idf(stats.Documents, stats.DocumentFrequency[t]))).ToList();
        return Score(candidates, terms, driver, stats, plan) with { Elsewhere = elsewhere };
    }

    // Keeps the preferred language's candidates and returns the others' ids by language: every candidate's language is
    // in the driver's postings already, so counting them costs one pass over the matches, not another search.
    private static Dictionary<string, int[]> Separate(Candidates candidates, TermPostings driver, IndexLanguages languages, byte preferred)
    {
        var inDriver = candidates.IndexIn(driver);
        var others = new Dictionary<byte, List<int>>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var language = driver.Language[inDriver[c]];
            if (language == preferred) continue;
            if (!others.TryGetValue(language, out var ids)) others[language] = ids = [];
            ids.Add(candidates.Ids[c]);
        }
        if (others.Count > 0) candidates.KeepAt(c => driver.Language[inDriver[c]] == preferred);
        // Posts without a language have no filter to be found by; they are only found when searching every language.
        return others.Where(o => languages.CodeOf(o.Key) is not null).ToDictionary(o => languages.CodeOf(o.Key)!, o => o.Value.ToArray(), StringComparer.Ordinal);
    }

    // Indices of the driver's postings that pass the date and filter fields every posting carries.
    private static List<int> Filter(TermPostings driver, SearchPlan plan, IndexLanguages languages, HashSet<int>? allowed)
    {
        var f = plan.Filters;
        var now = plan.Now.ToUnixTimeSeconds();
        var from = f.FromUtc?.ToUnixTimeSeconds() ?? long.MinValue;
        var to = f.ToUtc?.ToUnixTimeSeconds() ?? long.MaxValue;
        var kind = f.Kind is { } k ? Posting.KindCode(k) : (byte?)null;
        var language = f.Language is { } l ? languages.NumberOf(l) : null;
        var kept = new List<int>(driver.Count);
        for (var i = 0; i < driver.Count; i++)
        {
            var published = driver.Published[i];
            if (published > now || published < from || published >= to) continue;
            if (f.AuthorId is { } author && driver.AuthorId[i] != author) continue;
            if (kind is { } kd && driver.Kind[i] != kd) continue;
            if (language is { } lg && driver.Language[i] != lg) continue;
            if (allowed is not null && !allowed.Contains(driver.PostIds[i])) continue;
            kept.Add(i);
        }
        return kept;
    }

    // Category (with its sub-categories, as on the category page) and tag filters, as the set of posts they allow.
    private static async Task<HashSet<int>?> AllowedAsync(QalamDb db, SearchFilters f, CancellationToken ct)
    {
        HashSet<int>? allowed = null;
        if (f.CategoryId is { } category)
        {
            allowed = [.. await db.Posts.AsNoTracking().Where(p => p.Categories.Any(c => c.Id == category || c.ParentId == category)).Select(p => p.Id).ToListAsync(ct)];
        }
        if (f.TagId is { } tag)
        {
            var tagged = await db.Posts.AsNoTracking().Where(p => p.Tags.Any(t => t.Id == tag)).Select(p => p.Id).ToListAsync(ct);
            if (allowed is null) allowed = [.. tagged];
            else allowed.IntersectWith(tagged);
        }
        return allowed;
    }

    // For each post (each holds every word of the phrase), whether the words stand one after another somewhere.
    private async Task<bool[]> HasPhraseAsync(IReadOnlyList<string> phrase, int[] postIds, Func<string, Task<TermPostings>> load, QalamDb db, CancellationToken ct)
    {
        var words = new TermPostings[phrase.Count];
        var at = new int[phrase.Count][];
        for (var j = 0; j < phrase.Count; j++)
        {
            words[j] = await load(phrase[j]);
            var postings = words[j];
            at[j] = postIds.Select(postings.IndexOf).ToArray();
            var missing = at[j].Where(i => i >= 0).Select(postings.MissingPositionsBlock).OfType<int>().Distinct().ToList();
            postings.AddPositions(await store.ReadPositionsAsync(db, phrase[j], missing, ct));
        }
        var found = new bool[postIds.Length];
        var positions = new ArraySegment<int>[phrase.Count];
        for (var c = 0; c < postIds.Length; c++)
        {
            var all = true;
            for (var j = 0; j < phrase.Count && all; j++)
            {
                all = at[j][c] >= 0;
                if (all) positions[j] = words[j].PositionsAt(at[j][c]);
            }
            found[c] = all && InOrder(positions);
        }
        return found;
    }

    // True when some position p of the first word has p + j among the j-th word's positions for every j (all sorted).
    private static bool InOrder(ArraySegment<int>[] positions)
    {
        Span<int> next = stackalloc int[positions.Length];
        foreach (var start in positions[0])
        {
            var all = true;
            for (var j = 1; j < positions.Length && all; j++)
            {
                var list = positions[j];
                while (next[j] < list.Count && list[next[j]] < start + j) next[j]++;
                all = next[j] < list.Count && list[next[j]] == start + j;
            }
            if (all) return true;
        }
        return false;
    }

    private static RankedPage Score(Candidates candidates, List<(TermPostings Postings, double Idf)> terms, TermPostings driver, SearchStatistics stats, SearchPlan plan)
    {
        var now = plan.Now.ToUnixTimeSeconds();
        var wanted = plan.Skip + plan.Take;
        // The best `wanted` so far; the heap's top is the worst of them (lowest score, then lowest id).
        var best = new PriorityQueue<int, (double Score, int PostId)>(Math.Min(wanted, candidates.Count) + 1);
        var inDriver = candidates.IndexIn(driver);
        var lists = terms.Select(t => (t.Postings.Tf, Index: candidates.IndexIn(t.Postings), t.Idf)).ToArray();
        for (var c = 0; c < candidates.Count; c++)
        {
            var d = inDriver[c];
            var sum = 0.0;
            foreach (var (tf, index, idf) in lists)
            {
                sum += SearchRanking.TermScore(idf, tf[index[c]], driver.Length[d], stats.AverageLength);
            }
            // The recency boost is at most 1 + RecencyWeight: skip computing it when even that cannot reach the page.
            if (best.Count >= wanted && best.TryPeek(out _, out var threshold) && (sum * (1 + SearchRanking.RecencyWeight), candidates.Ids[c]).CompareTo(threshold) <= 0) continue;
            var key = (sum * SearchRanking.Recency(now, driver.Published[d]), candidates.Ids[c]);
            if (best.Count < wanted) best.Enqueue(c, key);
            else if (wanted > 0 && best.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0) best.EnqueueDequeue(c, key);
        }
        var hits = new List<(int PostId, double Score)>(best.Count);
        while (best.TryDequeue(out var c, out var key)) hits.Add((candidates.Ids[c], key.Score));
        hits.Reverse();
        return new RankedPage(hits.Skip(plan.Skip).Take(plan.Take).ToList(), candidates.Count);
    }

    /// <summary>The surviving candidates in post id order: their ids and, for the driver and each key intersected, the
    /// index of their posting in that key's list.</summary>
    private sealed class Candidates
    {
        private readonly List<TermPostings> _lists = [];
        private readonly List<int[]> _index = [];

        public Candidates(TermPostings driver, List<int> driverIndices)
        {
            Ids = [.. driverIndices.Select(i => driver.PostIds[i])];
            _lists.Add(driver);
            _index.Add([.. driverIndices]);
        }

        public int Count => Ids.Length;
        public int[] Ids { get; private set; }

        /// <summary>Where each candidate's posting is in a list the candidates were intersected with (or the driver's).</summary>
        public int[] IndexIn(TermPostings list) => _index[_lists.IndexOf(list)];

        // Keeps the candidates the key's postings hold, noting where; skips ahead by binary search when they are far fewer.
        public void Intersect(TermPostings postings)
        {
            var ids = postings.PostIds;
            var gallop = (long)Count * 16 < postings.Count;
            var at = new int[Count];
            var j = 0;
            _lists.Add(postings);
            _index.Add(at);
            KeepAt(c =>
            {
                var id = Ids[c];
                if (gallop)
                {
                    var found = Array.BinarySearch(ids, j, ids.Length - j, id);
                    j = found >= 0 ? found : ~found;
                }
                else
                {
                    while (j < ids.Length && ids[j] < id) j++;
                }
                at[c] = j < ids.Length && ids[j] == id ? j : -1;
                return at[c] >= 0;
            });
        }

        public void Keep(Func<int, bool> keepId) => KeepAt(c => keepId(Ids[c]));

        // Keeps candidate c where keep(c) holds; keep is called once per candidate, in order.
        public void KeepAt(Func<int, bool> keep)
        {
            var kept = new List<int>(Count);
            for (var c = 0; c < Count; c++)
            {
                if (keep(c)) kept.Add(c);
            }
            if (kept.Count == Count) return;
            Ids = [.. kept.Select(c => Ids[c])];
            for (var k = 0; k < _index.Count; k++)
            {
                var old = _index[k];
                _index[k] = [.. kept.Select(c => old[c])];
            }
        }
    }
}
