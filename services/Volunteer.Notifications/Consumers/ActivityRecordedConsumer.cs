using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Activities;

namespace Volunteer.Notifications.Consumers;

/// <summary>A recorded activity is no longer overdue.</summary>
public sealed class ActivityRecordedConsumer(ActivityBook book) : IConsumer<ActivityRecorded>
{
    public async Task Consume(ConsumeContext<ActivityRecorded> context) =>
        (await book.GetAsync(context.Message.ActivityId, context.Message.UnionId, context.CancellationToken))
        .Recorded = true;
}
