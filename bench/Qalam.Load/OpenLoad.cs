using System.Diagnostics;

namespace Qalam.Load;

/// <summary>
/// Starts requests at a fixed arrival rate whatever the answers do (an open model): a slow site meets more requests
/// in flight, never fewer, as it would from real readers. Latency counts from when a request was due, not from when it
/// went out, so time queued in the driver or the socket counts too (no coordinated omission).
/// </summary>
public sealed class OpenLoad(HttpClient http, UrlMix mix, Random random, TimeSpan timeout)
{
    private readonly Tally[] _tallies = [new(), new(), new()];
    private int _inFlight;
    private long _worstLagTicks;

    /// <summary>Reset every window (10 s), every phase and never.</summary>
    public Tally Window => _tallies[0];
    public Tally Phase => _tallies[1];
    public Tally Whole => _tallies[2];
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>How late the driver itself started a request since last asked: large values mean the driver, not the site, fell behind.</summary>
    public double TakeWorstLagMs() => Interlocked.Exchange(ref _worstLagTicks, 0) * 1000.0 / Stopwatch.Frequency;

    public async Task RunAsync(Phase phase, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var total = (long)Math.Round(phase.Rate * phase.Duration.TotalSeconds);
        var ticksPerRequest = Stopwatch.Frequency / phase.Rate;
        long n = 0;
        while (n < total && !ct.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            var due = Math.Min(total, (long)((now - start) / ticksPerRequest) + 1);
            for (; n < due; n++)
            {
                var intended = start + (long)(n * ticksPerRequest);
                NoteLag(now - intended);
                _ = SendAsync(mix.Next(random), intended);
            }
            var wait = (start + (long)(n * ticksPerRequest) - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency;
            // The timer wakes about a millisecond late; above 2000 requests per second several go out per wake-up.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(wait, 1, 50)), CancellationToken.None);
        }
    }

    /// <summary>Waits (at most the request timeout and a second) for the requests still out.</summary>
    public async Task DrainAsync()
    {
        var until = DateTime.UtcNow + timeout + TimeSpan.FromSeconds(1);
        while (InFlight > 0 && DateTime.UtcNow < until) await Task.Delay(20);
    }

    private async Task SendAsync(string url, long intended)
    {
        Interlocked.Increment(ref _inFlight);
        foreach (var t in _tallies) t.Sent();
        try
        {
            // The timeout runs from when the request goes out: a driver that falls behind must not fail the site's requests.
            using var cts = new CancellationTokenSource(timeout);
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            await response.Content.CopyToAsync(Stream.Null, cts.Token);
            var ms = Since(intended);
            var code = (int)response.StatusCode;
            if (code < 400) foreach (var t in _tallies) t.Answered(ms);
            else Fail(code < 500 ? Failure.Client4xx : Failure.Server5xx, intended);
        }
        catch (OperationCanceledException) { Fail(Failure.Timeout, intended); }
        catch (Exception e) when (e is HttpRequestException or IOException) { Fail(Failure.Exception, intended); }
        finally { Interlocked.Decrement(ref _inFlight); }
    }

    private void Fail(Failure kind, long intended)
    {
        var ms = Since(intended);
        foreach (var t in _tallies) t.Failed(kind, ms);
    }

    private void NoteLag(long ticks)
    {
        var seen = Volatile.Read(ref _worstLagTicks);
        while (ticks > seen)
        {
            var was = Interlocked.CompareExchange(ref _worstLagTicks, ticks, seen);
            if (was == seen) return;
            seen = was;
        }
    }

    private static double Since(long timestamp) => (Stopwatch.GetTimestamp() - timestamp) * 1000.0 / Stopwatch.Frequency;
}
