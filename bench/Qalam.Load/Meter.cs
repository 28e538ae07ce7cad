using System.Diagnostics;
using System.Globalization;

namespace Qalam.Load;

/// <summary>
/// The site's resident memory and CPU from /proc (Linux), and the driver's own CPU, to show how much of the shared
/// machine the driver took. VmRSS includes the database pages SQLite maps into memory; RssAnon is the process's own heap.
/// </summary>
public sealed class Meter(int sitePid)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly Process _self = Process.GetCurrentProcess();
    private double _siteCpuSeconds = SiteCpuSeconds(sitePid);
    private TimeSpan _selfCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private long _at = Stopwatch.GetTimestamp();

    public sealed record Reading(double RssMb, double AnonMb, double SiteCpuPercent, double DriverCpuPercent);

    /// <summary>Memory now; CPU as the percentage of one core used since the last reading.</summary>
    public Reading Read()
    {
        var now = Stopwatch.GetTimestamp();
        var seconds = Math.Max(1e-3, (now - _at) / (double)Stopwatch.Frequency);
        var siteCpu = SiteCpuSeconds(sitePid);
        _self.Refresh();
        var selfCpu = _self.TotalProcessorTime;
        var reading = new Reading(StatusMb("VmRSS:"), StatusMb("RssAnon:"),
            100 * (siteCpu - _siteCpuSeconds) / seconds, 100 * (selfCpu - _selfCpu).TotalSeconds / seconds);
        (_at, _siteCpuSeconds, _selfCpu) = (now, siteCpu, selfCpu);
        return reading;
    }

    private double StatusMb(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{sitePid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException) { return double.NaN; } // the site has stopped: the row says so with an empty cell
    }

    private static double SiteCpuSeconds(int pid)
    {
        try
        {
            // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException) { return double.NaN; }
    }
}
