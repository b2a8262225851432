using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>Keeps who holds which role for which union: admins are addressed by their grants.</summary>
public sealed class RoleGrantedConsumer(NotificationsDbContext db) : IConsumer<RoleGranted>
{
    public async Task Consume(ConsumeContext<RoleGranted> context)
    {
        var message = context.Message;
        if (await db.Grants.FindAsync([message.GrantId], context.CancellationToken) is null)
        {
            db.Grants.Add(new HeldGrant
            {
                GrantId = message.GrantId, Subject = message.Subject, Role = message.Role, UnionId = message.UnionId,
            });
        }
    }
}
