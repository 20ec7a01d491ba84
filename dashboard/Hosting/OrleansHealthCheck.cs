using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Dashboard.Hosting;

/// <summary>Healthy when the cluster answers: at least one silo is active.</summary>
public sealed class OrleansHealthCheck(IClusterClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} silo(s) active")
                : HealthCheckResult.Unhealthy("no active silo");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("cluster unreachable", e);
        }
    }
}
