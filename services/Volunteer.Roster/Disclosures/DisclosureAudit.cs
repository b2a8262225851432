using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Roster.Disclosures;

/// <summary>Lists the disclosures about people of the caller's scope, oldest first, a page at a time.</summary>
public sealed class DisclosureAudit(RosterDbContext db)
{
    public async Task<(IReadOnlyList<Disclosure> Page, string NextPageToken)> ListAsync(
        UnionScopedPage page, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var entries = await page.FilterAsync(db.Disclosures, caller, db, cancellationToken);
        return await page.ReadAsync(entries, cancellationToken);
    }
}
