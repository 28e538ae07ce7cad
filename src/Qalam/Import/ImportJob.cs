using System.Diagnostics;

namespace Qalam.Import;

/// <summary>One background import, as the admin page shows it.</summary>
public sealed class ImportJob : IProgress<ImportProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ImportProgress Progress { get; private set; } = new("plan", 0, 0);
    public ImportReport? Result { get; set; }
    public int? ErrorLine { get; set; }
    public bool Failed { get; set; }
    private volatile bool _finished;

    public bool Finished { get => _finished; set => _finished = value; }

    public double ItemsPerSecond => Progress.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);

    public TimeSpan TimeLeft => ItemsPerSecond > 0 ? TimeSpan.FromSeconds((Progress.Total - Progress.Done) / ItemsPerSecond) : TimeSpan.Zero;

    public void Report(ImportProgress value) => Progress = value;
}
