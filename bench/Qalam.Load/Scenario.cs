using System.Diagnostics;

namespace Qalam.Load;

/// <summary>
/// Runs the phases one after another and writes a CSV row every window. With a p99 bound (the capacity ramp) it stops at
/// the first phase whose p99 exceeds the bound or that has a failure twice running; the capacity is the rate before it.
/// </summary>
public sealed class Scenario(string name, IReadOnlyList<Phase> phases, OpenLoad load, Meter meter, Editors? editors, TimeSpan window, double? p99Bound)
{
    public sealed record Result(string Name, IReadOnlyList<Phase> Phases, IReadOnlyList<WindowRow> Rows,
        IReadOnlyList<double> PhaseStarts, TallySnapshot Whole, double? Capacity, int Published, int PublishFailed);

    public async Task<Result> RunAsync(string csvPath)
    {
        var rows = new List<WindowRow>();
        var starts = new List<double>();
        var run = new List<Phase>();
        await using var csv = new StreamWriter(csvPath);
        await csv.WriteLineAsync(WindowRow.Header);
        var clock = Stopwatch.StartNew();
        var rate = phases[0].Rate;
        using var stop = new CancellationTokenSource();
        var editing = editors?.RunAsync(stop.Token) ?? Task.CompletedTask;
        var ticking = TickAsync(stop.Token);
        double? capacity = null;
        double lastGood = 0;
        var retried = false;
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            starts.Add(clock.Elapsed.TotalSeconds);
            run.Add(phase);
            rate = phase.Rate;
            load.Phase.Take();
            await load.RunAsync(phase, CancellationToken.None);
            if (p99Bound is not { } bound) continue;
            // A ramp step is judged with all its answers in.
            await load.DrainAsync();
            var step = load.Phase.Take();
            Console.WriteLine($"  step {phase.Rate,7:0.#} req/s: p50 {step.P50,7:0.0} ms, p99 {step.P99,7:0.0} ms, failed {step.Failed}");
            if (step.P99 <= bound && step.Failed == 0) { lastGood = phase.Rate; retried = false; continue; }
            // One pause elsewhere on the machine (a collection, another process) can break one step; two in a row is the site.
            if (!retried) { retried = true; i--; continue; }
            capacity = lastGood;
            break;
        }
        capacity ??= p99Bound is null ? null : lastGood;
        await stop.CancelAsync();
        await editing;
        await load.DrainAsync();
        await ticking;
        AddRow(last: true); // the last, shorter window
        var (published, failed) = editors is null ? (0, 0) : (editors.TotalPublished, editors.TotalFailed);
        return new Result(name, run, rows, starts, load.Whole.Take(), capacity, published, failed);

        async Task TickAsync(CancellationToken ct)
        {
            for (var n = 1; ; n++)
            {
                var wait = window * n - clock.Elapsed;
                try { if (wait > TimeSpan.Zero) await Task.Delay(wait, ct); }
                catch (OperationCanceledException) { return; }
                AddRow();
            }
        }

        void AddRow(bool last = false)
        {
            // A last window of a second or two (the stragglers after the final phase) would only add noise to the CSV
            // and the charts; its requests still count in the whole-run figures.
            var since = clock.Elapsed.TotalSeconds - (rows.Count == 0 ? 0 : rows[^1].Seconds);
            if (last && since < 2) return;
            var requests = load.Window.Take();
            var (published, failed, worst) = editors?.Take() ?? (0, 0, 0);
            var row = new WindowRow(clock.Elapsed.TotalSeconds, rate, requests, load.InFlight, load.TakeWorstLagMs(), meter.Read(), published, failed, worst);
            lock (rows) rows.Add(row);
            csv.WriteLine(row.ToCsv());
            csv.Flush();
            Console.WriteLine($"  {row.Seconds,5:0} s  {rate,6:0.#} req/s  answered {requests.Answered,6}  failed {requests.Failed,4}  " +
                $"p99 {requests.P99,7:0.0} ms  RSS {row.Site.RssMb,5:0} MB  site CPU {row.Site.SiteCpuPercent,4:0}%  driver CPU {row.Site.DriverCpuPercent,4:0}%" +
                (editors is null ? "" : $"  published {published} (failed {failed})"));
        }
    }
}
