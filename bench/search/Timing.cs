using System.Diagnostics;
using Qalam.Content;
using Qalam.Data;
using Qalam.Search;

namespace Qalam.Bench.Search;

/// <summary>Times whole searches as the page runs them: parse, rank, read the page of posts, highlight snippets.</summary>
internal static class Timing
{
    public static async Task<(List<double> Milliseconds, List<double> RankMilliseconds, int WithResults)> RunAsync(Func<QalamDb> db, TimeProvider clock, IEnumerable<string> queries)
    {
        var times = new List<double>();
        var rankTimes = new List<double>();
        var withResults = 0;
        var store = new SqliteSearchStore();
        foreach (var q in queries)
        {
            await using var context = db();
            var search = new PostSearch(context, store, new ContentQueries(context, clock), new SiteContext(context, clock), clock);
            var watch = Stopwatch.StartNew();
            var results = await search.SearchAsync(new SearchRequest(q));
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (results.Total > 0) withResults++;

            // The index alone: statistics and the ranked page of ids, without reading posts or making snippets.
            watch.Restart();
            var plan = SearchPlan.Create(SearchQuery.Parse(q), false, new SearchFilters(), clock.GetUtcNow(), 0, PostSearch.PageSize);
            var stats = await store.ReadStatisticsAsync(context, plan.Terms, default);
            if (!plan.IsEmpty && plan.Terms.All(stats.DocumentFrequency.ContainsKey)) await store.RankAsync(context, plan, stats, default);
            rankTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (times, rankTimes, withResults);
    }

    public static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
