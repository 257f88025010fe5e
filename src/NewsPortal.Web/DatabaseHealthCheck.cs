using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsPortal.Data;

namespace NewsPortal.Web;

/// <summary>/health is healthy only when the database answers.</summary>
internal sealed class DatabaseHealthCheck(NewsPortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
