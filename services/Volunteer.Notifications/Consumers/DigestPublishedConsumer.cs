using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>Tells the admins of the digest's scope (the province's for a province-wide one) it is ready.</summary>
public sealed class DigestPublishedConsumer(RecipientDirectory recipients, NotificationWriter writer)
    : IConsumer<DigestPublished>
{
    public async Task Consume(ConsumeContext<DigestPublished> context)
    {
        var message = context.Message;
        var kind = message.Kind switch
        {
            "weekly" => "周报",
            "monthly" => "月报",
            "campaign-summary" => "活动总结",
            _ => "简报",
        };
        var text = $"{message.PeriodStart:yyyy-MM-dd} 至 {message.PeriodEnd:yyyy-MM-dd} 的{kind}已生成，可查看。";
        var draft = new Draft($"digest:{message.DigestId}", NotificationKinds.DigestPublished, text,
            Links.Digest(message.DigestId));
        await writer.WriteAsync(draft, await recipients.AdminsOfAsync(message.UnionId, context.CancellationToken),
            context.CancellationToken);
    }
}
