using System.Diagnostics;

namespace Qalam.Fuzz;

/// <summary>Runs saved inputs (afl-fuzz's crashes/ and hangs/) one by one and reports each outcome with its time.</summary>
public static class Repro
{
    public static int Run(Action<Stream> target, IEnumerable<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var input = File.OpenRead(file);
                target(input);
                Console.WriteLine($"{file}: ok in {watch.ElapsedMilliseconds} ms");
            }
            catch (Exception e)
            {
                failed++;
                var frame = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Qalam.", StringComparison.Ordinal))?.Trim();
                Console.WriteLine($"{file}: {e.GetType().FullName}: {e.Message} [{frame}] after {watch.ElapsedMilliseconds} ms");
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
