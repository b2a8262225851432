using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Events;

namespace Volunteer.Messaging;

/// <summary>Publishes <see cref="ServiceInstanceStarted"/> once the service takes calls.</summary>
internal sealed partial class ServiceInstanceAnnouncer(
    IHostApplicationLifetime lifetime, IBus bus, ServiceIdentity identity, ILogger<ServiceInstanceAnnouncer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        try
        {
            await bus.Publish(new ServiceInstanceStarted(identity.Name, identity.InstanceId, identity.Version, identity.StartedAt), stoppingToken);
            LogAnnounced(logger, identity.Name, identity.InstanceId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An announcement is informational; a broker outage must not stop the service.
            LogNotAnnounced(logger, e, identity.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced {Service} instance {InstanceId}")]
    private static partial void LogAnnounced(ILogger logger, string service, string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce {Service} instance")]
    private static partial void LogNotAnnounced(ILogger logger, Exception exception, string service);
}
