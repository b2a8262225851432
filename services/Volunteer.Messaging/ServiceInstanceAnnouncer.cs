using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Events;

namespace Volunteer.Messaging;

/// <summary>
/// Publishes <see cref="ServiceInstanceAnnounced"/> once the service takes calls, then every
/// "Messaging:AnnouncementInterval" (one minute by default): a message published before its consumer's
/// queue exists is dropped by the broker, so one announcement at start is not enough. Published
/// directly, not through the outbox: it records no change of data, and the next tick stands in for
/// a lost one.
/// </summary>
internal sealed partial class ServiceInstanceAnnouncer(
    IHostApplicationLifetime lifetime,
    IBus bus,
    ServiceIdentity identity,
    IConfiguration configuration,
    TimeProvider timeProvider,
    ILogger<ServiceInstanceAnnouncer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var interval = configuration.GetValue("Messaging:AnnouncementInterval", TimeSpan.FromMinutes(1));
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            await AnnounceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task AnnounceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await bus.Publish(
                new ServiceInstanceAnnounced(identity.Name, identity.InstanceId, identity.Version, identity.StartedAt, timeProvider.GetUtcNow()),
                stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Informational only: a broker outage must not stop the service; the next tick tries again.
            LogNotAnnounced(logger, e, identity.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce {Service} instance")]
    private static partial void LogNotAnnounced(ILogger logger, Exception exception, string service);
}
