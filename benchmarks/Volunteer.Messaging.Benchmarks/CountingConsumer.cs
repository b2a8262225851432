using MassTransit;
using Volunteer.Messaging.TestApp;

namespace Volunteer.Messaging.Benchmarks;

/// <summary>The direct path's consumer: no database, no inbox, just a count, so the broker is all it measures.</summary>
internal sealed class CountingConsumer(ReceivedCount received) : IConsumer<NumberRecorded>
{
    public Task Consume(ConsumeContext<NumberRecorded> context)
    {
        received.Increment();
        return Task.CompletedTask;
    }
}
