using Microsoft.EntityFrameworkCore;
using Volunteer.Identity.Data;
using Volunteer.Identity.Scope;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Identity.Accounts;

/// <summary>Accounts with their active grants, for the admin API.</summary>
public sealed class AccountReader(AccountsDbContext db)
{
    /// <summary>The tracked account, so a use case can change it.</summary>
    public async Task<Account> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Users.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException(IdentityResourceTypes.Account, id.ToString());

    public async Task<AccountView> ViewAsync(Account account, CancellationToken cancellationToken) =>
        (await ViewsAsync([account], cancellationToken))[0];

    public async Task<IReadOnlyList<AccountView>> ViewsAsync(
        IReadOnlyList<Account> accounts, CancellationToken cancellationToken)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var grants = await db.Grants.AsNoTracking()
            .Where(g => ids.Contains(g.AccountId) && g.RevokedAt == null)
            .OrderBy(g => g.Id)
            .ToListAsync(cancellationToken);
        var byAccount = grants.ToLookup(g => g.AccountId);
        return [.. accounts.Select(a => new AccountView(a, [.. byAccount[a.Id]]))];
    }
}
