namespace Qalam.Load;

/// <summary>What happened to the requests of one stretch of time: counts by outcome and every latency. Thread-safe.</summary>
public sealed class Tally
{
    private readonly Lock _gate = new();
    private List<double> _latencies = new(4096);
    private int _sent, _answered, _client4xx, _server5xx, _timeouts, _exceptions;

    public void Sent() => Interlocked.Increment(ref _sent);

    public void Answered(double ms)
    {
        lock (_gate) { _answered++; _latencies.Add(ms); }
    }

    /// <summary>A failure still took time: a request that timed out after 10 s counts in the latencies as 10 s.</summary>
    public void Failed(Failure kind, double ms)
    {
        lock (_gate)
        {
            _latencies.Add(ms);
            switch (kind)
            {
                case Failure.Client4xx: _client4xx++; break;
                case Failure.Server5xx: _server5xx++; break;
                case Failure.Timeout: _timeouts++; break;
                default: _exceptions++; break;
            }
        }
    }

    /// <summary>The figures so far, and a fresh start for the next stretch.</summary>
    public TallySnapshot Take()
    {
        lock (_gate)
        {
            var latencies = _latencies;
            var snapshot = new TallySnapshot(Interlocked.Exchange(ref _sent, 0), _answered, _client4xx, _server5xx, _timeouts, _exceptions, Sorted(latencies));
            _latencies = new List<double>(Math.Max(4096, latencies.Count));
            _answered = _client4xx = _server5xx = _timeouts = _exceptions = 0;
            return snapshot;
        }
    }

    private static double[] Sorted(List<double> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }
}

public enum Failure { Client4xx, Server5xx, Timeout, Exception }

public sealed record TallySnapshot(int Sent, int Answered, int Client4xx, int Server5xx, int Timeouts, int Exceptions, double[] SortedLatencies)
{
    public int Failed => Client4xx + Server5xx + Timeouts + Exceptions;
    public double P50 => Percentile(SortedLatencies, 0.50);
    public double P99 => Percentile(SortedLatencies, 0.99);
    public double Max => SortedLatencies.Length == 0 ? double.NaN : SortedLatencies[^1];

    /// <summary>Nearest-rank percentile; NaN when nothing completed.</summary>
    public static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
