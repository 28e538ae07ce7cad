using System.Runtime.InteropServices;

namespace Qalam.Bench.Search;

/// <summary>
/// CPU time used by this process (clock_gettime, CLOCK_PROCESS_CPUTIME_ID, nanosecond resolution). On a machine shared
/// with other busy processes wall-clock latency mostly measures waiting for a core; CPU time is what a query costs.
/// </summary>
internal static partial class CpuClock
{
    private const int ProcessCpuTime = 2;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static double NowMilliseconds()
    {
        _ = ClockGetTime(ProcessCpuTime, out var t);
        return t.Seconds * 1000.0 + t.Nanoseconds / 1_000_000.0;
    }
}
