using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// Matches and ranks a plan in C#, the same whatever the database: the rarest word's postings give the candidates (with
/// the fields filters and ranking need), each other word's ids narrow them, phrases are checked on positions, exclusions
/// removed, and every survivor is scored with <see cref="SearchRanking.Score"/>'s formula. A query costs about as much as
/// reading its words' postings; the store only reads and writes blocks.
/// </summary>
public sealed class SearchRanker(ISearchStore store)
{
    public async Task<RankedPage> RankAsync(QalamDb db, SearchPlan plan, SearchStatistics stats, CancellationToken ct)
    {
        if (plan.IsEmpty) return new RankedPage([], 0);
        var terms = plan.Terms.OrderBy(t => stats.DocumentFrequency.GetValueOrDefault(t)).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var positional = plan.Exact
            ? new HashSet<string>(StringComparer.Ordinal)
            : plan.Phrases.Concat(plan.Excluded.Where(e => e.Count > 1)).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        var loaded = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        async Task<TermPostings> LoadAsync(string term, PostingParts parts)
        {
            if (!loaded.TryGetValue(term, out var postings))
            {
                if (positional.Contains(term)) parts |= PostingParts.Positions;
                loaded[term] = postings = await store.ReadPostingsAsync(db, term, parts, ct);
            }
            return postings;
        }

        var driver = await LoadAsync(terms[0], PostingParts.Documents);
        var candidates = new Candidates(terms.Count, Filter(driver, plan, await AllowedAsync(db, plan.Filters, ct)), driver.PostIds);
        for (var k = 1; k < terms.Count && candidates.Count > 0; k++)
        {
            candidates.Intersect(k, await LoadAsync(terms[k], PostingParts.Ids));
        }

        if (plan.Phrases.Count > 0 && candidates.Count > 0)
        {
            if (plan.Exact)
            {
                var exact = await store.MatchExactAsync(db, plan.Phrases, all: true, ct);
                candidates.Keep(c => exact.Contains(candidates.Ids[c]));
            }
            else
            {
                foreach (var phrase in plan.Phrases)
                {
                    var words = phrase.Select(t => (Postings: loaded[t], Word: terms.IndexOf(t))).ToArray();
                    candidates.Keep(c => HasPhrase(words.Length, j => words[j].Postings.PositionsAt(candidates.Index[words[j].Word][c])));
                }
            }
        }

        if (plan.Excluded.Count > 0 && candidates.Count > 0)
        {
            if (plan.Exact)
            {
                var excluded = await store.MatchExactAsync(db, plan.Excluded, all: false, ct);
                candidates.Keep(c => !excluded.Contains(candidates.Ids[c]));
            }
            else
            {
                foreach (var words in plan.Excluded)
                {
                    var postings = new List<TermPostings>();
                    foreach (var t in words) postings.Add(await LoadAsync(t, PostingParts.Ids));
                    candidates.Keep(c => !Contains(postings, candidates.Ids[c]));
                }
            }
        }

        return Score(candidates, terms.Select(t => loaded[t]).ToList(), terms.Select(t => SearchRanking.Idf(stats.Documents, stats.DocumentFrequency.GetValueOrDefault(t))).ToArray(), driver, stats, plan);
    }

    // Indices of the rarest word's postings that pass the date and filter fields it carries.
    private static List<int> Filter(TermPostings driver, SearchPlan plan, HashSet<int>? allowed)
    {
        var f = plan.Filters;
        var now = plan.Now.ToUnixTimeSeconds();
        var from = f.FromUtc?.ToUnixTimeSeconds() ?? long.MinValue;
        var to = f.ToUtc?.ToUnixTimeSeconds() ?? long.MaxValue;
        var kind = f.Kind is { } k ? Posting.KindCode(k) : (byte?)null;
        var language = f.Language is { } l ? Posting.LanguageCode(l) : (byte?)null;
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

    private delegate ReadOnlySpan<int> PositionsOf(int word);

    // True when the words stand one after another somewhere: positions(j) is where the j-th word stands, in order.
    private static bool HasPhrase(int words, PositionsOf positions)
    {
        foreach (var start in positions(0))
        {
            var all = true;
            for (var j = 1; j < words && all; j++) all = positions(j).BinarySearch(start + j) >= 0;
            if (all) return true;
        }
        return false;
    }

    // Whether the post contains the excluded word, or for several words the excluded phrase.
    private static bool Contains(List<TermPostings> words, int postId)
    {
        var at = new int[words.Count];
        for (var j = 0; j < words.Count; j++)
        {
            at[j] = Array.BinarySearch(words[j].PostIds, postId);
            if (at[j] < 0) return false;
        }
        return words.Count == 1 || HasPhrase(words.Count, j => words[j].PositionsAt(at[j]));
    }

    private static RankedPage Score(Candidates candidates, List<TermPostings> postings, double[] idf, TermPostings driver, SearchStatistics stats, SearchPlan plan)
    {
        var now = plan.Now.ToUnixTimeSeconds();
        var wanted = plan.Skip + plan.Take;
        // The best `wanted` so far; the heap's top is the worst of them (lowest score, then lowest id).
        var best = new PriorityQueue<int, (double Score, int PostId)>(Math.Min(wanted, candidates.Count) + 1);
        for (var c = 0; c < candidates.Count; c++)
        {
            var d = candidates.Index[0][c];
            var sum = 0.0;
            for (var k = 0; k < postings.Count; k++)
            {
                sum += SearchRanking.TermScore(idf[k], postings[k].Tf[candidates.Index[k][c]], driver.Length[d], stats.AverageLength);
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

    /// <summary>The surviving candidates: their post ids and, per word, the index of their posting in that word's list.</summary>
    private sealed class Candidates
    {
        public int Count => Ids.Length;
        public int[] Ids { get; private set; }
        public int[][] Index { get; }

        public Candidates(int words, List<int> driverIndices, int[] driverIds)
        {
            Index = new int[words][];
            Index[0] = [.. driverIndices];
            Ids = [.. driverIndices.Select(i => driverIds[i])];
            for (var k = 1; k < words; k++) Index[k] = new int[Ids.Length];
        }

        // Keeps the candidates the word's postings contain, noting where; skips ahead by binary search when they are far fewer.
        public void Intersect(int word, TermPostings postings)
        {
            var keep = new bool[Count];
            var ids = postings.PostIds;
            var gallop = (long)Count * 16 < postings.Count;
            var j = 0;
            for (var c = 0; c < Count && j < ids.Length; c++)
            {
                var id = Ids[c];
                if (gallop)
                {
                    var found = Array.BinarySearch(ids, j, ids.Length - j, id);
                    if (found >= 0) (keep[c], Index[word][c], j) = (true, found, found + 1);
                    else j = ~found;
                }
                else
                {
                    while (j < ids.Length && ids[j] < id) j++;
                    if (j < ids.Length && ids[j] == id) (keep[c], Index[word][c]) = (true, j);
                }
            }
            Compact(keep);
        }

        public void Keep(Func<int, bool> predicate)
        {
            var keep = new bool[Count];
            for (var c = 0; c < Count; c++) keep[c] = predicate(c);
            Compact(keep);
        }

        private void Compact(bool[] keep)
        {
            var n = keep.Count(k => k);
            if (n == Count) return;
            var ids = new int[n];
            var index = Index.Select(_ => new int[n]).ToArray();
            for (int c = 0, at = 0; c < Count; c++)
            {
                if (!keep[c]) continue;
                ids[at] = Ids[c];
                for (var k = 0; k < Index.Length; k++) index[k][at] = Index[k][c];
                at++;
            }
            Ids = ids;
            for (var k = 0; k < Index.Length; k++) Index[k] = index[k];
        }
    }
}
