using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Identity.Data;

namespace Volunteer.Identity.Accounts;

/// <summary>The grants an account holds now, read afresh for every token so a revoke takes effect.</summary>
public sealed class ActiveGrants(AccountsDbContext db)
{
    public async Task<IReadOnlyList<RoleGrant>> ForAsync(Guid accountId, CancellationToken cancellationToken) =>
        (await db.Grants.AsNoTracking()
            .Where(g => g.AccountId == accountId && g.RevokedAt == null)
            .OrderBy(g => g.Id)
            .ToListAsync(cancellationToken))
        .Select(g => g.ToRoleGrant()).ToList();
}
