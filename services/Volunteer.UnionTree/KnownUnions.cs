using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging.Inbox;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.UnionTree;

/// <summary>
/// Union-scope questions answered from the local copy of roster's tree: is a union within the caller's
/// union (its own or one below), and which unions a subtree holds. Role rules stay with each service.
/// </summary>
public sealed class KnownUnions(ServiceDbContext service, CheckedThings checkedThings)
{
    private DbSet<UnionNode> Unions => service.Db.Set<UnionNode>();

    /// <summary>
    /// The union, read once per call: the edge's check and the use case ask for the same one. An unknown one
    /// is asked again, as it may arrive meanwhile.
    /// </summary>
    public async Task<UnionNode?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (checkedThings.Find<UnionNode>(id) is { } known)
        {
            return known;
        }

        var found = await Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (found is not null)
        {
            checkedThings.Keep(id, found);
        }

        return found;
    }

    /// <summary>Whether the caller acts province-wide or for this union or one above it.</summary>
    public async Task<bool> CoversAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken)
    {
        if (caller.ActsProvinceWide)
        {
            return true;
        }

        if (!Guid.TryParse(caller.UnionId, out var own))
        {
            return false;
        }

        return own == unionId || (await AncestorsAsync(unionId, cancellationToken)).Contains(own);
    }

    public async Task DemandCoversAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken)
    {
        if (!await CoversAsync(caller, unionId, cancellationToken))
        {
            throw new AccessDeniedException("OUTSIDE_UNION_SCOPE", AccessTexts.OutsideUnionScope);
        }
    }

    /// <summary>The union and every union below it.</summary>
    public async Task<IReadOnlyList<Guid>> SubtreeAsync(Guid root, CancellationToken cancellationToken) =>
        await service.Db.Database.SqlQuery<Guid>($"""
            with recursive down(id) as (
                select id from union_nodes where id = {root}
                union all
                select u.id from union_nodes u join down on u.parent_id = down.id)
            select id as "Value" from down
            """).ToListAsync(cancellationToken);

    /// <summary>
    /// The unions a list may show: the requested subtree if the caller covers it, else the caller's own
    /// subtree; null means no restriction (a provincial caller asking for everything).
    /// </summary>
    public async Task<IReadOnlyList<Guid>?> VisibleAsync(PlatformCaller caller, Guid? requestedRoot, CancellationToken cancellationToken)
    {
        if (requestedRoot is { } root)
        {
            await DemandCoversAsync(caller, root, cancellationToken);
            return await SubtreeAsync(root, cancellationToken);
        }

        if (caller.ActsProvinceWide)
        {
            return null;
        }

        return Guid.TryParse(caller.UnionId, out var own) ? await SubtreeAsync(own, cancellationToken) : [];
    }

    /// <summary>Every union above this one, up to the province; empty for the root or an unknown union.</summary>
    public async Task<IReadOnlyList<Guid>> AncestorsAsync(Guid unionId, CancellationToken cancellationToken) =>
        await service.Db.Database.SqlQuery<Guid>($"""
            with recursive up(id, parent_id) as (
                select id, parent_id from union_nodes where id = {unionId}
                union all
                select u.id, u.parent_id from union_nodes u join up on u.id = up.parent_id)
            select parent_id as "Value" from up where parent_id is not null
            """).ToListAsync(cancellationToken);
}
