using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qalam.Observability;

/// <summary>
/// Database time per command, from EF Core's own measurement (it times each command anyway), so a slow page can be
/// told apart from a slow database.
/// </summary>
internal sealed class DatabaseTiming : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        QalamMetrics.DatabaseCommand(eventData.Duration, "reader");
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        QalamMetrics.DatabaseCommand(eventData.Duration, "reader");
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        QalamMetrics.DatabaseCommand(eventData.Duration, "nonquery");
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        QalamMetrics.DatabaseCommand(eventData.Duration, "nonquery");
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        QalamMetrics.DatabaseCommand(eventData.Duration, "scalar");
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        QalamMetrics.DatabaseCommand(eventData.Duration, "scalar");
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        QalamMetrics.DatabaseCommand(eventData.Duration, "failed");

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        QalamMetrics.DatabaseCommand(eventData.Duration, "failed");
        return Task.CompletedTask;
    }
}
