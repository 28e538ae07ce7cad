using System.Globalization;

namespace Qalam.Load;

/// <summary>One line of the CSV: what the last window (10 s) saw.</summary>
public sealed record WindowRow(
    double Seconds, double TargetRate, TallySnapshot Requests, int InFlight, double DriverLagMs,
    Meter.Reading Site, int Published, int PublishFailed, double PublishWorstMs)
{
    public const string Header =
        "t_s,target_rps,sent,answered,failed,failed_4xx,failed_5xx,failed_timeout,failed_exception,p50_ms,p99_ms,max_ms," +
        "in_flight,driver_lag_ms,rss_mb,rss_anon_mb,site_cpu_pct,driver_cpu_pct,published,publish_failed,publish_worst_ms";

    public double AnsweredRate(double windowSeconds) => Requests.Answered / windowSeconds;

    public string ToCsv()
    {
        var r = Requests;
        object[] cells =
        [
            Seconds, TargetRate, r.Sent, r.Answered, r.Failed, r.Client4xx, r.Server5xx, r.Timeouts, r.Exceptions,
            r.P50, r.P99, r.Max, InFlight, DriverLagMs, Site.RssMb, Site.AnonMb, Site.SiteCpuPercent, Site.DriverCpuPercent,
            Published, PublishFailed, PublishWorstMs,
        ];
        return string.Join(',', cells.Select(Cell));
    }

    private static string Cell(object value) => value switch
    {
        double d when double.IsNaN(d) => "",
        double d => d.ToString("0.#", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
