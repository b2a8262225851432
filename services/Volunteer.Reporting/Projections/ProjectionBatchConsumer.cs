using MassTransit;
using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Projects a batch of events in the order the queue delivered them and logs them for replay, with
/// their inbox rows, in one transaction; the messages are acknowledged only once it has committed.
/// </summary>
public sealed class ProjectionBatchConsumer(ProjectionLog log) : IConsumer<Batch<IProjectedEvent>>
{
    public Task Consume(ConsumeContext<Batch<IProjectedEvent>> context)
    {
        // MassTransit hands the batch over sorted by SentTime; the delivery tag is the queue's own order.
        var delivered = context.Message.OrderBy(ProjectedEventReader.QueuePosition)
            .Select(ProjectedEventReader.Delivered);
        return log.ProjectAsync([.. delivered], context.CancellationToken);
    }
}
