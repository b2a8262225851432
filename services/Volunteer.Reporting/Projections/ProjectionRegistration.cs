using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Messaging;
using Volunteer.Messaging.Inbox;

namespace Volunteer.Reporting.Projections;

public static class ProjectionRegistration
{
    /// <summary>
    /// Queue every projected event shares, bound to IProjectedEvent; ordered (a single active consumer among
    /// the replicas), which the queue it replaces was not.
    /// </summary>
    public const string QueueName = "reporting-projections-ordered";

    private const string ReplacedQueueName = "reporting-projections";

    /// <summary>Large enough that one commit serves hundreds of events while the queue is long.</summary>
    private const int BatchSize = 500;

    /// <summary>Room for the next batch while one is projected.</summary>
    public const int PrefetchCount = 2 * BatchSize;

    /// <summary>Short, so that a lone event is projected almost at once.</summary>
    private static readonly TimeSpan BatchWait = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// One batch at a time, so projections never race each other on a row and the order holds from one
    /// batch to the next. No more messages in flight than one batch holds: a message delivered after
    /// a full batch's last cannot overtake it into that batch, nor one of the batch into the next.
    /// </summary>
    public static void AddProjectionConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddSingleton(new InboxExemptEndpoint(QueueName));
        bus.AddOrderedEndpoint(QueueName, ReplacedQueueName);
        bus.AddConsumer<ProjectionBatchConsumer>(consumer =>
        {
            consumer.Options<BatchOptions>(batch =>
                batch.SetMessageLimit(BatchSize).SetTimeLimit(BatchWait).SetConcurrencyLimit(1));
            // A failed batch is tried again whole before the next one runs, which keeps the order.
            consumer.UseMessageRetry(retry => retry.Intervals(100, 1000));
        }).Endpoint(endpoint =>
        {
            endpoint.Name = QueueName;
            endpoint.PrefetchCount = PrefetchCount;
            endpoint.ConcurrentMessageLimit = BatchSize;
        });
    }
}
