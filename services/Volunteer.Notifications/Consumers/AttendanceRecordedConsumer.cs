using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Activities;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>
/// Tells the approver level about a day whose hours wait for approval: 8–12 h the organising union's
/// admins, over 12 h the province's. Once per day and level, however often the day is corrected.
/// </summary>
public sealed class AttendanceRecordedConsumer(
    ActivityBook book, RecipientDirectory recipients, NotificationWriter writer) : IConsumer<AttendanceRecorded>
{
    public async Task Consume(ConsumeContext<AttendanceRecorded> context)
    {
        var message = context.Message;
        if (message.HoursStatus is not ("awaiting-organiser" or "awaiting-province"))
        {
            return;
        }

        // No union: the province approves.
        Guid? approver = message.HoursStatus == "awaiting-organiser" ? message.UnionId : null;
        var name = await book.NameOfAsync(message.ActivityId, context.CancellationToken);
        var level = approver is null ? "省级" : "组织单位";
        var text = $"{name}在 {message.Day:yyyy-MM-dd} 有一条 {message.Hours:0.##} 小时的服务时长记录，待{level}审批。";
        var draft = new Draft($"hours:{message.AttendanceId}:{message.HoursStatus}",
            NotificationKinds.HoursAwaitingApproval, text, Links.Activity(message.ActivityId));
        await writer.WriteAsync(draft, await recipients.AdminsOfAsync(approver, context.CancellationToken),
            context.CancellationToken);
    }
}
