using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Volunteer.Contracts.Common.V1;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>Answers GetServiceInfo the same way in every service.</summary>
public sealed class ServiceInfoProvider<TContext>(ServiceIdentity identity, TContext database, HealthCheckService health)
    where TContext : DbContext
{
    public async Task<ServiceInfo> DescribeAsync(ServerCallContext call) => new()
    {
        Name = identity.Name,
        Version = identity.Version,
        Environment = identity.Environment,
        InstanceId = identity.InstanceId,
        StartedAt = Timestamp.FromDateTimeOffset(identity.StartedAt),
        Database = await DescribeDatabaseAsync(call.CancellationToken),
        Broker = await DescribeBrokerAsync(call.CancellationToken),
        Caller = call.GetCaller().ToProto(),
    };

    private async Task<DependencyStatus> DescribeDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applied = (await database.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            return new DependencyStatus
            {
                State = DependencyState.Healthy,
                Detail = $"{applied.Count} migrations applied, latest {applied.LastOrDefault() ?? "none"}",
            };
        }
        catch (NpgsqlException)
        {
            return new DependencyStatus { State = DependencyState.Unhealthy, Detail = "database did not answer" };
        }
    }

    private async Task<DependencyStatus> DescribeBrokerAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(r => r.Tags.Contains(HealthTags.Broker), cancellationToken);
        return new DependencyStatus
        {
            State = report.Entries.Count == 0 ? DependencyState.Unspecified : report.Status switch
            {
                HealthStatus.Healthy => DependencyState.Healthy,
                HealthStatus.Degraded => DependencyState.Degraded,
                _ => DependencyState.Unhealthy,
            },
            Detail = string.Join("; ", report.Entries.Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Status.ToString()}")),
        };
    }
}
