using System.Diagnostics;

namespace Qalam.Export;

/// <summary>Files done of those found so far, redrawn in place on a terminal; when redirected, a plain line every few seconds.</summary>
internal sealed class ExportProgressBar(TextWriter output, bool interactive) : IProgress<ExportProgress>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan? _last;
    private bool _drawn;

    public void Report(ExportProgress value)
    {
        lock (_gate)
        {
            var every = interactive ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(5);
            if (_last is { } last && _clock.Elapsed - last < every && value.Done < value.Known) return;
            _last = _clock.Elapsed;
            var share = value.Known == 0 ? 1 : (double)value.Done / value.Known;
            var filled = (int)Math.Round(share * Width);
            var rate = value.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var line = $"[{new string('#', filled)}{new string('-', Width - filled)}] {value.Done}/{value.Known} addresses  {rate:F0}/s";
            if (interactive) output.Write("\r" + line);
            else output.WriteLine(line);
            _drawn = interactive;
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn) output.WriteLine();
            _drawn = false;
        }
    }
}
