using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Activities;

namespace Volunteer.Notifications.Consumers;

/// <summary>A cancelled activity is never recorded, so never overdue.</summary>
public sealed class ActivityCancelledConsumer(ActivityBook book) : IConsumer<ActivityCancelled>
{
    public async Task Consume(ConsumeContext<ActivityCancelled> context) =>
        (await book.GetAsync(context.Message.ActivityId, context.Message.UnionId, context.CancellationToken))
        .Cancelled = true;
}
