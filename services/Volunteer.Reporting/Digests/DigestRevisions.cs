using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// Produces the next version of every digest whose period got records or corrections after its latest
/// version was produced; earlier versions stay. Every replica may run it: the claim keeps each version single.
/// </summary>
public sealed class DigestRevisions(ReportingDbContext db, ReportScopes scopes, DigestProducer producer)
{
    /// <returns>How many versions this call produced (others may have been produced by another replica).</returns>
    public async Task<int> ReviseAsync(CancellationToken ct)
    {
        var stale = await db.Digests.AsNoTracking()
            .Where(d => d.AmendedAt != null && !db.Digests.Any(later => later.Kind == d.Kind
                && later.ScopeKey == d.ScopeKey && later.PeriodStart == d.PeriodStart && later.Version > d.Version))
            .OrderBy(d => d.PeriodStart).ThenBy(d => d.Id)
            .ToListAsync(ct);
        var produced = 0;
        foreach (var digest in stale)
        {
            var scope = digest.ScopeKey == DigestProducer.Province
                ? await scopes.ProvinceAsync(ct)
                : await scopes.OfUnionAsync(Guid.Parse(digest.ScopeKey), ct);
            if ((await producer.ReviseAsync(digest, scope, DigestRunner.Trigger, ct)).Created)
            {
                produced++;
            }
        }

        return produced;
    }
}
