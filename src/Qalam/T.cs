namespace Qalam;
internal static class T
{
    public static void M(string what) => Console.Error.WriteLine($"T {(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds,7:F0} ms {what}");
}
