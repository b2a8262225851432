using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Activities;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>Keeps the activity's name and end; tells the members of its teams they are proposed for it.</summary>
public sealed class ActivityPlannedConsumer(ActivityBook book, RecipientDirectory recipients, NotificationWriter writer)
    : IConsumer<ActivityPlanned>
{
    public async Task Consume(ConsumeContext<ActivityPlanned> context)
    {
        var message = context.Message;
        var activity = await book.GetAsync(message.ActivityId, message.UnionId, context.CancellationToken);
        activity.Name = message.Name;
        activity.EndsOn = message.EndsOn;
        var text = $"你所在的服务分队被拟派参加活动「{message.Name}」（{message.StartsOn:yyyy-MM-dd} 至 "
            + $"{message.EndsOn:yyyy-MM-dd}，{message.Place}），可在活动页确认参加。";
        var draft = new Draft($"proposed:{message.ActivityId}", NotificationKinds.ActivityProposed, text,
            Links.Activity(message.ActivityId));
        await writer.WriteAsync(draft, await recipients.MembersOfAsync(message.TeamIds, context.CancellationToken),
            context.CancellationToken);
    }
}
