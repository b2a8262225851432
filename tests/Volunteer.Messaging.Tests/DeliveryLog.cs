using System.Collections.Concurrent;
using MassTransit;
using Volunteer.Messaging.TestApp;

namespace Volunteer.Messaging.Tests;

/// <summary>Notes each delivered number in arrival order (run one at a time for the order to mean anything).</summary>
public sealed class DeliveryLog(ConcurrentQueue<int> numbers) : IConsumer<NumberRecorded>
{
    public Task Consume(ConsumeContext<NumberRecorded> context)
    {
        numbers.Enqueue(context.Message.Number);
        return Task.CompletedTask;
    }
}
