using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Qalam.Observability;

/// <summary>
/// Qalam's own measurements, beside the ones ASP.NET Core and the runtime publish (requests, latency, memory, GC).
/// One process-wide meter, like the runtime's: the CLI import and the search records time with one line and no
/// dependency to inject, and nothing is published unless metrics are switched on (a meter nobody listens to costs nothing).
/// </summary>
public static class QalamMetrics
{
    public const string MeterName = "Qalam";
    private static readonly Meter Meter = new(MeterName);

    // Seconds, from a millisecond to ten seconds; the SDK's default buckets are for milliseconds.
    private static readonly InstrumentAdvice<double> Seconds = new() { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] };

    private static readonly Counter<long> CacheHits = Meter.CreateCounter<long>("qalam.page_cache.hits", "{page}", "Pages served from the page cache.");
    private static readonly Counter<long> CacheEvictions = Meter.CreateCounter<long>("qalam.page_cache.evictions", "{tag}", "Page cache tags evicted after a change.");
    private static readonly Histogram<double> DatabaseTime = Meter.CreateHistogram<double>("qalam.db.command.duration", "s", "Time spent in database commands.", tags: null, advice: Seconds);
    private static readonly Histogram<double> SearchTime = Meter.CreateHistogram<double>("qalam.search.duration", "s", "Time to answer a search.", tags: null, advice: Seconds);
    private static readonly Histogram<double> JobTime = Meter.CreateHistogram<double>("qalam.job.duration", "s", "Background job runs, by job.", tags: null, advice: Seconds);
    private static readonly Counter<long> JobFailures = Meter.CreateCounter<long>("qalam.job.failures", "{run}", "Background job runs that failed.");
    private static readonly Counter<long> ImportItems = Meter.CreateCounter<long>("qalam.import.items", "{item}", "WordPress items imported, by kind.");
    private static readonly Counter<long> ImportBatches = Meter.CreateCounter<long>("qalam.import.batches", "{batch}", "Import batches committed.");

    public static void PageServedFromCache() => CacheHits.Add(1);

    public static void PagesEvicted(int tags, bool wholeSite) => CacheEvictions.Add(tags, new KeyValuePair<string, object?>("scope", wholeSite ? "site" : "pages"));

    internal static void DatabaseCommand(TimeSpan elapsed, string kind) => DatabaseTime.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>`using var _ = QalamMetrics.TimeSearch();` around a search.</summary>
    public static Timing TimeSearch() => new(SearchTime, default);

    /// <summary>`using var _ = QalamMetrics.TimeJob("publish");` around one run of a background job.</summary>
    public static Timing TimeJob(string job) => new(JobTime, new("job", job));

    public static void JobFailed(string job) => JobFailures.Add(1, new KeyValuePair<string, object?>("job", job));

    /// <summary>One committed import batch: how many items of which kind (post, page, comment, media…).</summary>
    public static void ImportedBatch(string kind, int items)
    {
        ImportBatches.Add(1);
        ImportItems.Add(items, new KeyValuePair<string, object?>("kind", kind));
    }

    public readonly struct Timing(Histogram<double> histogram, KeyValuePair<string, object?> tag) : IDisposable
    {
        private readonly long _start = Stopwatch.GetTimestamp();

        public void Dispose()
        {
            var seconds = Stopwatch.GetElapsedTime(_start).TotalSeconds;
            if (tag.Key is null) histogram.Record(seconds);
            else histogram.Record(seconds, tag);
        }
    }
}
