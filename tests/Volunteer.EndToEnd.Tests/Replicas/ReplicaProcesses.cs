using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Volunteer.EndToEnd.Tests.Replicas;

/// <summary>
/// The replicas of one resource as the orchestrator reports them (each its own resource id and process).
/// Aspire's own waits are per resource name and so end when the first replica is healthy.
/// </summary>
internal static class ReplicaProcesses
{
    // The orchestrator's property holding an executable's (a project's) process id.
    private const string ProcessIdProperty = "executable.pid";

    public static async Task<IReadOnlyList<ResourceEvent>> WaitHealthyAsync(
        DistributedApplication app, string name, int count, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, ResourceEvent>();
        await foreach (var update in app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (update.Resource.Name != name)
            {
                continue;
            }

            latest[update.ResourceId] = update;
            var healthy = latest.Values.Where(r => r.Snapshot.HealthStatus == HealthStatus.Healthy).ToList();
            if (healthy.Count >= count)
            {
                return healthy;
            }
        }

        throw new OperationCanceledException(cancellationToken);
    }

    /// <summary>Kills one healthy replica's process tree at once, as a crash would; returns its resource id.</summary>
    public static async Task<string> KillOneAsync(
        DistributedApplication app, string name, CancellationToken cancellationToken)
    {
        var replica = (await WaitHealthyAsync(app, name, 1, cancellationToken))[0];
        var processId = replica.Snapshot.Properties.FirstOrDefault(p => p.Name == ProcessIdProperty)?.Value
            ?? throw new InvalidOperationException($"{replica.ResourceId} shows no process id; it shows "
                + string.Join(", ", replica.Snapshot.Properties.Select(p => p.Name)));
        using var process = Process.GetProcessById(Convert.ToInt32(processId));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(cancellationToken);
        return replica.ResourceId;
    }
}
