using Qalam.Backups;

namespace Qalam.Cli;

/// <summary>Files done / total on one line of the terminal's error stream, redrawn in place; a line per tenth when redirected.</summary>
internal sealed class BackupProgressBar : IProgress<BackupProgress>
{
    private const int Width = 30;
    private int _lastTenth = -1;
    private bool _drawn;

    public void Report(BackupProgress value)
    {
        var fraction = value.Total == 0 ? 1 : Math.Min(1, (double)value.Done / value.Total);
        var filled = (int)Math.Round(fraction * Width);
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0} {value.Done}/{value.Total} {value.Step}";
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write("\r" + line.PadRight(Width + 40));
            _drawn = true;
            return;
        }
        var tenth = (int)(fraction * 10);
        if (tenth != _lastTenth) Console.Error.WriteLine(line);
        _lastTenth = tenth;
    }

    public void Finish()
    {
        if (_drawn) Console.Error.WriteLine();
        _drawn = false;
    }
}
