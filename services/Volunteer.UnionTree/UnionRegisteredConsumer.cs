using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Inbox;

namespace Volunteer.UnionTree;

/// <summary>
/// Adds a registered union to the local tree. A child may arrive before its parent: each node only
/// records its parent id, so the tree is whole once both are in, whatever the order.
/// </summary>
public sealed class UnionRegisteredConsumer(ServiceDbContext service) : IConsumer<UnionRegistered>
{
    public async Task Consume(ConsumeContext<UnionRegistered> context)
    {
        var message = context.Message;
        var unions = service.Db.Set<UnionNode>();
        var node = await unions.FindAsync([message.UnionId], context.CancellationToken);
        if (node is null)
        {
            unions.Add(new UnionNode
            {
                Id = message.UnionId,
                ParentId = message.ParentId,
                Name = message.Name,
                Kind = message.Kind,
                RegionCode = message.RegionCode,
            });
            return;
        }

        node.ParentId = message.ParentId;
        node.Name = message.Name;
        node.Kind = message.Kind;
        node.RegionCode = message.RegionCode;
    }
}
