using Microsoft.EntityFrameworkCore;
using Volunteer.Identity.Data;

namespace Volunteer.Identity.Scope;

/// <summary>
/// The union an account belongs to for access: the lowest union above (or at) its home union and every
/// union it holds a grant for. An admin covers that union exactly when they cover all of them, so nobody
/// reaches an account that holds power outside their subtree. An account with a province-wide grant, or
/// with unions not yet in the replicated tree, belongs to no union: only provincial admins reach it.
/// </summary>
public sealed class AccountOwners(AccountsDbContext db)
{
    public async Task<Guid?> UnionOfAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var home = await db.Users.Where(a => a.Id == accountId).Select(a => (Guid?)a.HomeUnionId)
            .FirstOrDefaultAsync(cancellationToken);
        if (home is null)
        {
            return null;
        }

        var grantUnions = await db.Grants.Where(g => g.AccountId == accountId && g.RevokedAt == null)
            .Select(g => g.UnionId).Distinct().ToListAsync(cancellationToken);
        if (grantUnions.Contains(null))
        {
            return Guid.Empty;
        }

        IReadOnlyList<Guid>? common = null;
        foreach (var union in grantUnions.Select(u => u!.Value).Append(home.Value).Distinct())
        {
            var path = await PathFromRootAsync(union, cancellationToken);
            if (path.Count == 0)
            {
                return Guid.Empty;
            }

            common = common is null
                ? path
                : [.. common.Zip(path).TakeWhile(p => p.First == p.Second).Select(p => p.First)];
        }

        return common is [.., var lowest] ? lowest : Guid.Empty;
    }

    private async Task<IReadOnlyList<Guid>> PathFromRootAsync(Guid unionId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<Guid>($"""
            with recursive up(id, parent_id, depth) as (
                select id, parent_id, 0 from union_nodes where id = {unionId}
                union all
                select u.id, u.parent_id, up.depth + 1 from union_nodes u join up on u.id = up.parent_id)
            select id as "Value" from up order by depth desc
            """).ToListAsync(cancellationToken);
}
