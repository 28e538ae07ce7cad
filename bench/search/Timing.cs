using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.Search;

namespace Qalam.Bench.Search;

/// <summary>Times whole searches as the page runs them: parse, rank, read the page of posts, highlight snippets.</summary>
internal static class Timing
{
    private static readonly Qalam.Localization.Languages Languages = new(Microsoft.Extensions.Options.Options.Create(new Qalam.QalamOptions()));

    public static async Task<(List<double> Milliseconds, List<double> CpuMilliseconds, List<double> RankMilliseconds, int WithResults)> RunAsync(Func<QalamDb> db, ISearchStore store, TimeProvider clock, IEnumerable<string> queries)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        var rankTimes = new List<double>();
        var withResults = 0;
        var ranker = new SearchRanker(store);
        // As on the site: synonyms expand the query and each first page is counted in the query log (in memory; the site writes it every 30 s).
        var synonyms = new Synonyms(clock);
        var scopes = new ServiceCollection().AddScoped(_ => db())
            .BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        var log = new QueryLog(clock, scopes, Microsoft.Extensions.Logging.Abstractions.NullLogger<QueryLog>.Instance);
        foreach (var q in queries)
        {
            await using var context = db();
            var search = new PostSearch(context, store, ranker, new ContentQueries(context, clock), new SiteContext(context, new SiteCache(), clock, Languages), clock, new ReaderQueries(context, synonyms, log));
            var cpuStart = CpuClock.NowMilliseconds();
            var watch = Stopwatch.StartNew();
            // As /search asks: the reader's language (the default's frame) first, the others counted.
            var results = await search.SearchAsync(new SearchRequest(q, Preferred: Languages.Default.Code));
            watch.Stop();
            cpu.Add(CpuClock.NowMilliseconds() - cpuStart);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (results.Total > 0) withResults++;
            if (Environment.GetEnvironmentVariable("QALAM_BENCH_BREAKDOWN") is "1") await BreakdownAsync(context, clock, q, results);

            // The index alone: statistics and the ranked page of ids, without reading posts or making snippets.
            watch.Restart();
            var plan = SearchPlan.Create(SearchQuery.Parse(q), false, new SearchFilters(), clock.GetUtcNow(), 0, PostSearch.PageSize) with { Preferred = Languages.Default.Code };
            var stats = await store.ReadStatisticsAsync(context, plan.RequiredKeys, default);
            await ranker.RankAsync(context, plan, stats, default);
            rankTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (times, cpu, rankTimes, withResults);
    }

    public static readonly List<double> ReadCpu = [], HighlightCpu = [];

    // Where a search's CPU goes apart from ranking: reading the page of posts, and marking titles and snippets.
    private static async Task BreakdownAsync(QalamDb context, TimeProvider clock, string q, SearchResults results)
    {
        var ids = results.Hits.Select(h => h.Post.Id).ToList();
        var start = CpuClock.NowMilliseconds();
        var posts = await new ContentQueries(context, clock).ListPublicByIdsAsync(ids);
        ReadCpu.Add(CpuClock.NowMilliseconds() - start);
        var terms = SearchAnalyzer.Terms(q).ToHashSet();
        start = CpuClock.NowMilliseconds();
        foreach (var p in posts) _ = (Highlighter.Mark(p.Title, terms), Highlighter.Snippet(HtmlText.FromHtml(p.BodyHtml), terms));
        HighlightCpu.Add(CpuClock.NowMilliseconds() - start);
    }

    public static string Percentiles(List<double> values) => $"{Percentile(values, 50):F1} / {Percentile(values, 95):F1} / {Percentile(values, 99):F1}";

    public static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
