using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>Tells the holder union's admins that a policy ends soon, and how many activities it leaves.</summary>
public sealed class PolicyExpiringConsumer(RecipientDirectory recipients, NotificationWriter writer)
    : IConsumer<PolicyExpiring>
{
    public async Task Consume(ConsumeContext<PolicyExpiring> context)
    {
        var message = context.Message;
        var affected = message.AffectedActivityIds.Count == 0
            ? "目前没有活动受影响。"
            : $"有 {message.AffectedActivityIds.Count} 项活动在此之后进行，请及时续保。";
        var draft = new Draft($"policy-expiring:{message.PolicyId}:{message.CoversTo:yyyy-MM-dd}",
            NotificationKinds.PolicyExpiring, $"保险保单将于 {message.CoversTo:yyyy-MM-dd} 到期，{affected}",
            Links.Policy(message.PolicyId));
        await writer.WriteAsync(draft, await recipients.AdminsOfAsync(message.HolderUnionId, context.CancellationToken),
            context.CancellationToken);
    }
}
