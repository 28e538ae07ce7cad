using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Qalam.Backups;

/// <summary>
/// Recent failures of the background jobs, for the dashboard: heard from the jobs' own log lines (warnings and errors
/// of the publisher, the mailer, the backup schedule, the search counts and admin imports), so the jobs need no extra
/// reporting code. Kept in data/job-failures.json, so a failure in the night is still shown after a restart.
/// </summary>
public sealed class JobFailures
{
    public sealed record Failure(string Job, string Message, DateTimeOffset AtUtc);

    public const string FileName = "job-failures.json";
    private const int Kept = 20;
    /// <summary>Older failures are history, not news: the log keeps them.</summary>
    public static readonly TimeSpan Shown = TimeSpan.FromDays(7);

    private readonly TimeProvider _clock;
    private readonly ILogger<JobFailures> _log;
    private readonly string _path;
    private readonly Lock _gate = new();
    private List<Failure> _recent;

    public JobFailures(IOptions<QalamOptions> options, TimeProvider clock, ILogger<JobFailures> log)
    {
        _clock = clock;
        _log = log;
        _path = options.Value.DataPath(FileName);
        _recent = Load(_path);
    }

    /// <summary>Log categories of the background jobs and the job's name on the dashboard.</summary>
    public static readonly IReadOnlyDictionary<string, string> Jobs = new Dictionary<string, string>
    {
        ["Qalam.Content.ScheduledPublisher"] = "publishing",
        ["Qalam.Accounts.Mailer"] = "mail",
        ["Qalam.Backups.BackupSchedule"] = "backups",
        ["Qalam.Search.QueryLog"] = "search-counts",
        ["Qalam.Search.QueryLogFlusher"] = "search-counts",
        ["Qalam.Import.ImportJobs"] = "import",
    };

    /// <summary>The failures of the last week, newest first.</summary>
    public IReadOnlyList<Failure> Recent
    {
        get
        {
            var since = _clock.GetUtcNow() - Shown;
            lock (_gate) return _recent.Where(f => f.AtUtc >= since).Reverse().ToList();
        }
    }

    public void Add(string job, string message)
    {
        lock (_gate)
        {
            // Another process on the same data directory (a verb, a second server) may have added its own meanwhile.
            _recent = [.. Load(_path), new Failure(job, message, _clock.GetUtcNow())];
            if (_recent.Count > Kept) _recent.RemoveRange(0, _recent.Count - Kept);
            try
            {
                var temp = $"{_path}.{Environment.ProcessId}.tmp";
                File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(_recent));
                File.Move(temp, _path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full or read-only disk is often what failed the job: the failure stays shown until a restart.
                _log.LogWarning(e, "Could not keep the job failure in {File}", _path);
            }
        }
    }

    private static List<Failure> Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<List<Failure>>(File.ReadAllBytes(path)) ?? [];
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Hands the jobs' warnings and errors to <see cref="JobFailures"/>; every other category gets a logger that does nothing.</summary>
    internal sealed class Listener(IServiceProvider services) : ILoggerProvider
    {
        // Resolved on first use: JobFailures logs through the logging this provider is part of.
        private JobFailures Failures => services.GetRequiredService<JobFailures>();

        public ILogger CreateLogger(string categoryName) =>
            Jobs.TryGetValue(categoryName, out var job) ? new JobLogger(() => Failures, job) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }
    }

    private sealed class JobLogger(Func<JobFailures> failures, string job) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            failures().Add(job, exception is null ? message : $"{message} ({exception.GetBaseException().Message})");
        }
    }
}
