using MassTransit;
using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>The baseline: takes each event off the queue and only counts it.</summary>
internal sealed class CountingConsumer(ProjectionCounter counter) : IConsumer<IProjectedEvent>
{
    public Task Consume(ConsumeContext<IProjectedEvent> context)
    {
        counter.Add();
        return Task.CompletedTask;
    }
}
