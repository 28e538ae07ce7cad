using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Qalam.Data;

/// <summary>
/// Ready when the database answers and every migration this build knows is applied: an instance of a newer build
/// started before `qalam migrate` ran, or one that lost its database, is taken out of the load balancer until it is
/// back, without a restart (each probe asks again).
/// </summary>
internal sealed class DatabaseHealthCheck(QalamDb db) : IHealthCheck
{
    public const string Ready = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken)) return Down(null);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending} migrations are not applied.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Down(e);
        }
    }

    // After a database restart or failover every pooled connection is dead, and each would fail one request before
    // being dropped: a failed probe drops them all, so the instance is ready again as soon as the database is.
    private HealthCheckResult Down(Exception? e)
    {
        if (db.Database.GetDbConnection() is Npgsql.NpgsqlConnection npgsql) Npgsql.NpgsqlConnection.ClearPool(npgsql);
        return HealthCheckResult.Unhealthy("The database does not answer.", e);
    }
}
