using System.Collections.Concurrent;
using MassTransit;
using Volunteer.Messaging.TestApp;

namespace Volunteer.Messaging.Tests;

/// <summary>Counts every delivery by message id, with no inbox in front to hide a second one.</summary>
public sealed class DeliveryCounter(ConcurrentDictionary<Guid, int> deliveries) : IConsumer<NumberRecorded>
{
    public Task Consume(ConsumeContext<NumberRecorded> context)
    {
        deliveries.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
