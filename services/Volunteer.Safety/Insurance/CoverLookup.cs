using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// Each volunteer's cover over a range of days, from the database and from enrolments added in this
/// unit of work but not saved yet (an enrolment recomputes clearance before it commits). Read without
/// tracking: enrolments are never changed in place, and a policy's change is announced (PolicyChanged)
/// for those who judged cover on its earlier terms.
/// </summary>
public sealed class CoverLookup(SafetyDbContext db)
{
    public async Task<ILookup<Guid, CoverPeriod>> ForVolunteersAsync(
        IReadOnlyCollection<Guid> volunteerIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var periods = await db.InsuredPeriods.AsNoTracking()
            .Where(i => volunteerIds.Contains(i.VolunteerId) && i.From <= to && i.To >= from)
            .ToListAsync(cancellationToken);
        var wanted = volunteerIds.ToHashSet();
        periods.AddRange(db.Pending<InsuredPeriod>().Where(i => wanted.Contains(i.VolunteerId) && i.From <= to && i.To >= from));
        var policyIds = periods.Select(p => p.PolicyId).Distinct().ToList();
        var policies = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return periods
            .Select(i => (i.VolunteerId, Cover: Cut(policies[i.PolicyId], i)))
            .Where(x => x.Cover is not null)
            .ToLookup(x => x.VolunteerId, x => x.Cover!);
    }

    private static CoverPeriod? Cut(Policy policy, InsuredPeriod insured) =>
        CoverPeriod.Of(policy.Id, policy.CoversFrom, policy.CoversTo, insured.From, insured.To, policy.TravelCovered);
}
