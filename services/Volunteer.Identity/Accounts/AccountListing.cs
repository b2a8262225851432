using Microsoft.EntityFrameworkCore;
using Volunteer.Identity.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Identity.Accounts;

/// <summary>
/// Lists accounts a page at a time. A union admin sees the accounts they reach: home union and every
/// granted union in their subtree, no province-wide grant (as AccountOwners decides for one account).
/// </summary>
public sealed class AccountListing(AccountsDbContext db, KnownUnions unions, AccountReader reader)
{
    public async Task<(IReadOnlyList<AccountView> Accounts, string NextPageToken)> ListAsync(
        AccountQuery query, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var accounts = db.Users.AsNoTracking();
        if (await unions.VisibleAsync(caller, query.UnionSubtreeOf, cancellationToken) is { } visible)
        {
            accounts = accounts.Where(a => visible.Contains(a.HomeUnionId));
            if (!caller.ActsProvinceWide)
            {
                accounts = accounts.Where(a => !db.Grants.Any(g => g.AccountId == a.Id && g.RevokedAt == null
                    && (g.UnionId == null || !visible.Contains(g.UnionId.Value))));
            }
        }

        if (query.Text is { } text)
        {
            accounts = accounts.Where(a => a.UserName!.Contains(text) || a.DisplayName.Contains(text));
        }

        var (page, next) = await query.Page.ReadAsync(accounts, cancellationToken);
        return (await reader.ViewsAsync(page, cancellationToken), next);
    }
}
