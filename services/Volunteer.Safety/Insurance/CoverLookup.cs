using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// Each volunteer's cover over a range of days, from the database and from enrolments added in this
/// unit of work but not saved yet (an enrolment recomputes clearance before it commits).
/// </summary>
public sealed class CoverLookup(SafetyDbContext db)
{
    public async Task<ILookup<Guid, CoverPeriod>> ForVolunteersAsync(
        IReadOnlyCollection<Guid> volunteerIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var wanted = volunteerIds.ToHashSet();
        await db.InsuredPeriods.Where(i => volunteerIds.Contains(i.VolunteerId) && i.From <= to && i.To >= from).LoadAsync(cancellationToken);
        var periods = db.InsuredPeriods.Local.Where(i => wanted.Contains(i.VolunteerId) && i.From <= to && i.To >= from).ToList();
        var policyIds = periods.Select(p => p.PolicyId).Distinct().ToList();
        await db.Policies.Where(p => policyIds.Contains(p.Id)).LoadAsync(cancellationToken);
        var policies = db.Policies.Local.Where(p => policyIds.Contains(p.Id)).ToDictionary(p => p.Id);
        return periods
            .Select(i => (i.VolunteerId, Cover: policies[i.PolicyId] is var p
                ? CoverPeriod.Of(p.Id, p.CoversFrom, p.CoversTo, i.From, i.To, p.TravelCovered)
                : null))
            .Where(x => x.Cover is not null)
            .ToLookup(x => x.VolunteerId, x => x.Cover!);
    }
}
