using MassTransit;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Projects one event type and logs it for replay; the inbox saves both with its own row in one
/// transaction and skips redeliveries.
/// </summary>
public sealed class ProjectionConsumer<TEvent>(ProjectionLog log) : IConsumer<TEvent> where TEvent : class
{
    public Task Consume(ConsumeContext<TEvent> context) =>
        log.ProjectAsync(context.Message, context.MessageId, context.SentTime, context.CancellationToken);
}
