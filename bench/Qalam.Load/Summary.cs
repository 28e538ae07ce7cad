using System.Globalization;

namespace Qalam.Load;

/// <summary>The scenario in one markdown table row, and the figures the row is made of.</summary>
public static class Summary
{
    public const string Header =
        "| scenario | phases (s@req/s) | requests | failed | p50 ms | p99 ms | worst 10-s p99 ms | RSS start → end MB | RSS slope, 2nd half, MB/min (own heap) | published (failed) | site CPU % | driver CPU % | note |\n" +
        "|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|";

    public static string Row(Scenario.Result r, TallySnapshot? warmup)
    {
        var w = r.Whole;
        var rows = r.Rows;
        var failed = w.Failed == 0 ? "0" : $"{w.Failed} ({w.Client4xx} 4xx, {w.Server5xx} 5xx, {w.Timeouts} timeouts, {w.Exceptions} other)";
        var worst = rows.Where(x => !double.IsNaN(x.Requests.P99)).Select(x => x.Requests.P99).DefaultIfEmpty(double.NaN).Max();
        var rss = rows.Count == 0 ? "" : $"{rows[0].Site.RssMb:0} → {rows[^1].Site.RssMb:0}";
        var slope = $"{Slope(rows, x => x.Site.RssMb):+0.00;-0.00} ({Slope(rows, x => x.Site.AnonMb):+0.00;-0.00})";
        var site = rows.Select(x => x.Site.SiteCpuPercent).DefaultIfEmpty(0).Average();
        var driver = rows.Select(x => x.Site.DriverCpuPercent).DefaultIfEmpty(0).Average();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {r.Name} | {Phases(r)} | {w.Sent} | {failed} | {w.P50:0.0} | {w.P99:0.0} | {worst:0.0} | {rss} | {slope} | " +
            $"{r.Published} ({r.PublishFailed}) | {site:0} | {driver:0} | {string.Join("; ", new[] { Note(r), WarmUp(warmup) }.Where(n => n.Length > 0))} |");
    }

    /// <summary>The phases as run; a ramp as its steps' length, first and last rate.</summary>
    private static string Phases(Scenario.Result r)
    {
        var run = r.Phases;
        return run.Count <= 4 ? string.Join(", ", run)
            : string.Create(CultureInfo.InvariantCulture, $"{run.Count} steps of {run[0].Duration.TotalSeconds:0}s, {run[0].Rate:0} → {run[^1].Rate:0}");
    }

    private static string WarmUp(TallySnapshot? w) => w is null ? ""
        : string.Create(CultureInfo.InvariantCulture, $"warm-up before: {w.Sent} requests, {w.Failed} failed, p99 {w.P99:0.0} ms");

    /// <summary>Least-squares slope of a reading over the second half of the run, in MB per minute.</summary>
    public static double Slope(IReadOnlyList<WindowRow> rows, Func<WindowRow, double> value)
    {
        var half = rows.Skip(rows.Count / 2).Where(x => !double.IsNaN(value(x))).ToList();
        if (half.Count < 2) return double.NaN;
        var mx = half.Average(x => x.Seconds / 60);
        var my = half.Average(value);
        var sxy = half.Sum(x => (x.Seconds / 60 - mx) * (value(x) - my));
        var sxx = half.Sum(x => Math.Pow(x.Seconds / 60 - mx, 2));
        return sxx == 0 ? double.NaN : sxy / sxx;
    }

    private static string Note(Scenario.Result r)
    {
        if (r.Capacity is { } c) return string.Create(CultureInfo.InvariantCulture, $"capacity {c:0} req/s");
        return Recovery(r) ?? "";
    }

    /// <summary>
    /// For a spike (a phase between two slower ones): how long after it the 10-s p99 came back within twice the p99
    /// before it (plus 5 ms, so a 2 ms baseline is not held to 4 ms). Window resolution: 10 s.
    /// </summary>
    private static string? Recovery(Scenario.Result r)
    {
        if (r.Phases.Count < 3) return null;
        var peak = Enumerable.Range(1, r.Phases.Count - 2).MaxBy(i => r.Phases[i].Rate);
        if (r.Phases[peak].Rate <= r.Phases[0].Rate) return null;
        var (spikeStart, spikeEnd) = (r.PhaseStarts[peak], r.PhaseStarts[peak + 1]);
        var before = r.Rows.Where(x => x.Seconds <= spikeStart && !double.IsNaN(x.Requests.P99)).Select(x => x.Requests.P99).Order().ToList();
        if (before.Count == 0) return null;
        var baseline = before[before.Count / 2];
        var during = r.Rows.Where(x => x.Seconds > spikeStart && x.Seconds <= spikeEnd + 10).ToList();
        var spikeP99 = during.Select(x => x.Requests.P99).Where(p => !double.IsNaN(p)).DefaultIfEmpty(double.NaN).Max();
        var back = r.Rows.FirstOrDefault(x => x.Seconds > spikeEnd && x.Requests.P99 <= 2 * baseline + 5);
        var recovered = back is null ? "not within the run" : $"within {Math.Max(0, back.Seconds - spikeEnd):0} s";
        return string.Create(CultureInfo.InvariantCulture,
            $"p99 {baseline:0.0} ms before, up to {spikeP99:0.0} ms in the spike; back {recovered}");
    }
}
