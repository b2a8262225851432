using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Activities;
using Volunteer.Notifications.Inbox;

namespace Volunteer.Notifications.Consumers;

/// <summary>Tells a volunteer they are now a participant of the activity (each confirmation once).</summary>
public sealed class ParticipantConfirmedConsumer(ActivityBook book, NotificationWriter writer)
    : IConsumer<ParticipantConfirmed>
{
    public async Task Consume(ConsumeContext<ParticipantConfirmed> context)
    {
        var message = context.Message;
        var name = await book.NameOfAsync(message.ActivityId, context.CancellationToken);
        var draft = new Draft($"confirmed:{message.ActivityId}:{message.ConfirmedAt.UtcTicks}",
            NotificationKinds.ParticipationConfirmed, $"你已加入{name}的参加人员名单。", Links.Activity(message.ActivityId));
        await writer.WriteAsync(draft, [message.VolunteerId.ToString()], context.CancellationToken);
    }
}
