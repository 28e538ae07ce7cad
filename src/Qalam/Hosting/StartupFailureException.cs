namespace Qalam.Hosting;

/// <summary>
/// A reason the program cannot run that the person starting it can fix: a busy address, an unusable data folder, a bad
/// setting. The command line prints its message as one line and exits with its code; the details go to the log.
/// </summary>
public sealed class StartupFailureException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
