using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AsnApi.Infrastructure.Database;

public sealed class DatabaseHealthCheck(DatabaseOptions options) : IHealthCheck
{
    [Sql] internal const string Ping = "SELECT 1";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = Db.Create(options);
            await connection.OpenAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = Ping;
            await cmd.ExecuteScalarAsync(ct);
            return HealthCheckResult.Healthy($"{options.Provider} reachable");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"{options.Provider} unreachable", e);
        }
    }
}
