using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.Safety.Volunteers;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;

namespace Volunteer.Safety.Insurance;

/// <summary>Pages through policies held in the caller's scope, and through one policy's insured list.</summary>
public sealed class PolicyListing(SafetyDbContext db, KnownUnions unions, PolicyRegistry registry)
{
    public async Task<(List<CountedPolicy> Page, string NextPageToken)> ListAsync(
        PolicyQuery query, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var policies = db.Policies.AsNoTracking();
        if (await unions.VisibleAsync(caller, query.UnionSubtreeOf, cancellationToken) is { } visible)
        {
            policies = policies.Where(p => visible.Contains(p.HolderUnionId));
        }

        if (query.CoveringDay is { } covering)
        {
            policies = policies.Where(p => p.CoversFrom <= covering && p.CoversTo >= covering);
        }

        var (found, next) = await query.Page.ReadAsync(policies, cancellationToken);
        var ids = found.Select(p => p.Id).ToList();
        var counts = await db.InsuredPeriods.Where(i => ids.Contains(i.PolicyId)).GroupBy(i => i.PolicyId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return ([.. found.Select(p => new CountedPolicy(p, counts.GetValueOrDefault(p.Id)))], next);
    }

    public async Task<(List<NamedInsuredPeriod> Page, string NextPageToken)> ListInsuredAsync(
        Guid policyId, IdPage page, CancellationToken cancellationToken)
    {
        var policy = await registry.FindAsync(policyId, cancellationToken);
        var (found, next) = await page.ReadAsync(
            db.InsuredPeriods.AsNoTracking().Where(i => i.PolicyId == policy.Id), cancellationToken);
        var names = await VolunteerNames.ForAsync(db, found.Select(i => i.VolunteerId), cancellationToken);
        return ([.. found.Select(i => new NamedInsuredPeriod(i, names.GetValueOrDefault(i.VolunteerId)))], next);
    }
}
