using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Volunteer.AppHost.Infrastructure.Local;

/// <summary>
/// Healthy when the server runs a query. A TCP connect would pass too early: the orchestrator's
/// proxy accepts connections before PostgreSQL listens.
/// </summary>
internal sealed class PostgresSelectOneHealthCheck(IResourceWithConnectionString target) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(await target.ConnectionStringExpression.GetValueAsync(cancellationToken))
            {
                Pooling = false,
                Timeout = 3,
            };
            await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
