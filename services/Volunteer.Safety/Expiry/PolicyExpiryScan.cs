using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Safety.Expiry;

/// <summary>
/// One day's expiry check: each policy ending within the horizon is announced once (PolicyExpiring),
/// and the not yet finished activities it insures people for are re-checked, all in one transaction
/// per policy with the notice row that keeps restarts and other replicas from announcing it again.
/// </summary>
public sealed class PolicyExpiryScan(SafetyDbContext db, ClearanceEvaluation clearance, IOptions<ExpiryOptions> options, TimeProvider timeProvider)
{
    /// <returns>How many policies were announced.</returns>
    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = options.Value.HorizonDays;
        var until = today.AddDays(horizon);
        var due = await db.Policies.AsNoTracking()
            .Where(p => p.CoversTo >= today && p.CoversTo <= until)
            .Where(p => !db.ExpiryNotices.Any(n => n.PolicyId == p.Id && n.CoversTo == p.CoversTo && n.HorizonDays == horizon))
            .OrderBy(p => p.CoversTo).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.HolderUnionId, p.CoversTo })
            .ToListAsync(cancellationToken);
        var announced = 0;
        foreach (var policy in due)
        {
            db.ChangeTracker.Clear();
            var affected = await AffectedActivitiesAsync(policy.Id, policy.CoversTo, today, cancellationToken);
            var now = timeProvider.GetUtcNowForDatabase();
            db.ExpiryNotices.Add(new PolicyExpiryNotice { PolicyId = policy.Id, CoversTo = policy.CoversTo, HorizonDays = horizon, NoticedAt = now });
            db.AddIntegrationEvent(new PolicyExpiring(policy.Id, policy.HolderUnionId, policy.CoversTo, affected, now));
            await clearance.RecomputeAsync(affected, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                announced++;
            }
            catch (DbUpdateException e) when (UniqueViolation.Of(e))
            {
                // Another replica announced it first.
            }
        }

        db.ChangeTracker.Clear();
        return announced;
    }

    // Activities not over yet that last beyond the policy's end, with a participant insured under it.
    private async Task<List<Guid>> AffectedActivitiesAsync(Guid policyId, DateOnly coversTo, DateOnly today, CancellationToken cancellationToken) =>
        await db.Activities
            .Where(a => !a.Cancelled && a.ReturnsOn >= today && a.ReturnsOn > coversTo)
            .Where(a => db.Participations.Any(p => p.ActivityId == a.Id && p.Confirmed
                && db.InsuredPeriods.Any(i => i.PolicyId == policyId && i.VolunteerId == p.VolunteerId)))
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
}
