using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Activities;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>
/// Tells the organising union's admins that safety blocked the activity and why. Only the newest verdict
/// counts: an older one arriving late, or a clearance, tells nobody anything.
/// </summary>
public sealed class ActivityClearanceChangedConsumer(
    ActivityBook book, RecipientDirectory recipients, NotificationWriter writer) : IConsumer<ActivityClearanceChanged>
{
    public async Task Consume(ConsumeContext<ActivityClearanceChanged> context)
    {
        var message = context.Message;
        var activity = await book.GetAsync(message.ActivityId, message.UnionId, context.CancellationToken);
        if (message.Revision <= activity.ClearanceRevision)
        {
            return;
        }

        activity.ClearanceRevision = message.Revision;
        if (message.Cleared)
        {
            return;
        }

        var name = activity.Name is { } known ? $"「{known}」" : "一项活动";
        var text = $"活动{name}未通过安全审核，暂不能开始：{ClearanceReasonTexts.Describe(message.Reasons)}。";
        var draft = new Draft($"blocked:{message.ActivityId}:{message.Revision}", NotificationKinds.ActivityBlocked,
            text, Links.Activity(message.ActivityId));
        await writer.WriteAsync(draft, await recipients.AdminsOfAsync(message.UnionId, context.CancellationToken),
            context.CancellationToken);
    }
}
