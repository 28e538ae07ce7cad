using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Qalam.Data;

/// <summary>Healthy when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(QalamDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database does not answer.");
}
