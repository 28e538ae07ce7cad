using System.Collections.Concurrent;

namespace Qalam.Backups;

/// <summary>
/// Failures of the background jobs since the site started, for the dashboard: heard from the jobs' own log lines
/// (warnings and errors of the publisher, the mailer and the backup schedule), so the jobs need no extra reporting code.
/// </summary>
public sealed class JobFailures(TimeProvider clock)
{
    public sealed record Failure(string Job, string Message, DateTimeOffset AtUtc);

    private const int Kept = 20;
    private readonly ConcurrentQueue<Failure> _recent = new();

    /// <summary>Log categories of the background jobs and the job's name on the dashboard.</summary>
    public static readonly IReadOnlyDictionary<string, string> Jobs = new Dictionary<string, string>
    {
        ["Qalam.Content.ScheduledPublisher"] = "publishing",
        ["Qalam.Accounts.Mailer"] = "mail",
        ["Qalam.Backups.BackupSchedule"] = "backups",
        ["Qalam.Search.QueryLog"] = "search-counts",
        ["Qalam.Search.QueryLogFlusher"] = "search-counts",
    };

    public IReadOnlyList<Failure> Recent => _recent.Reverse().ToList();

    public void Add(string job, string message)
    {
        _recent.Enqueue(new Failure(job, message, clock.GetUtcNow()));
        while (_recent.Count > Kept) _recent.TryDequeue(out _);
    }

    /// <summary>Hands the jobs' warnings and errors to <see cref="JobFailures"/>; every other category gets a logger that does nothing.</summary>
    internal sealed class Listener(JobFailures failures) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) =>
            Jobs.TryGetValue(categoryName, out var job) ? new JobLogger(failures, job) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }
    }

    private sealed class JobLogger(JobFailures failures, string job) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            failures.Add(job, exception is null ? message : $"{message} ({exception.GetBaseException().Message})");
        }
    }
}
