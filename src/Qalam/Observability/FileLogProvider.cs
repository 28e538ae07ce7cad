using Serilog.Extensions.Logging;

namespace Qalam.Observability;

/// <summary>
/// A verb's log file (Serilog's file sink). The sink writes what it still holds as it closes, and on a full disk that
/// throws: the log is best effort, and the verb has already said in the terminal what went wrong.
/// </summary>
internal sealed class FileLogProvider(Serilog.Core.Logger file) : ILoggerProvider
{
    private readonly SerilogLoggerProvider _inner = new(file, dispose: true);

    public ILogger CreateLogger(string categoryName) => _inner.CreateLogger(categoryName);

    public void Dispose()
    {
        try
        {
            _inner.Dispose();
        }
        catch (IOException)
        {
            // Nothing more can be written there.
        }
    }
}
