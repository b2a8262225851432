using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>A revoked grant addresses nobody any more; a revoke that overtakes its grant is kept as a marker.</summary>
public sealed class RoleRevokedConsumer(NotificationsDbContext db) : IConsumer<RoleRevoked>
{
    public async Task Consume(ConsumeContext<RoleRevoked> context)
    {
        var grant = await db.Grants.FindAsync([context.Message.GrantId], context.CancellationToken);
        if (grant is null)
        {
            db.Grants.Add(new HeldGrant { GrantId = context.Message.GrantId, Subject = "", Role = "", Revoked = true });
            return;
        }

        grant.Revoked = true;
    }
}
