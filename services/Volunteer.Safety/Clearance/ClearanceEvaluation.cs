using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Data;
using Volunteer.Safety.Insurance;
using Volunteer.Safety.Plans;
using Volunteer.Safety.Volunteers;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Safety.Clearance;

/// <summary>
/// Recomputes activities' clearance after an input changed and queues ActivityClearanceChanged when
/// the verdict or its reasons differ. Sees unsaved changes of the current unit of work and never
/// saves: the caller (an RPC, or the inbox for consumers) commits verdict and event together.
/// </summary>
public sealed class ClearanceEvaluation(SafetyDbContext db, ClearanceRules rules, CoverLookup cover, TimeProvider timeProvider)
{
    public async Task RecomputeAsync(IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken)
    {
        await db.Activities.Where(a => activityIds.Contains(a.Id)).LoadAsync(cancellationToken);
        await db.Participations.Where(p => activityIds.Contains(p.ActivityId)).LoadAsync(cancellationToken);
        await db.Plans.Where(p => activityIds.Contains(p.ActivityId)).LoadAsync(cancellationToken);
        foreach (var activity in db.Activities.Local.Where(a => activityIds.Contains(a.Id) && !a.Cancelled).ToList())
        {
            await EvaluateAsync(activity, cancellationToken);
        }
    }

    /// <summary>Activities not over yet in which any of these volunteers takes part.</summary>
    public async Task RecomputeForVolunteersAsync(IReadOnlyCollection<Guid> volunteerIds, CancellationToken cancellationToken)
    {
        var today = CampaignClock.Today(timeProvider);
        var activityIds = await db.Participations
            .Where(p => volunteerIds.Contains(p.VolunteerId) && p.Confirmed)
            .Join(db.Activities.Where(a => !a.Cancelled && a.ReturnsOn >= today), p => p.ActivityId, a => a.Id, (_, a) => a.Id)
            .Distinct()
            .ToListAsync(cancellationToken);
        await RecomputeAsync(activityIds, cancellationToken);
    }

    private async Task EvaluateAsync(KnownActivity activity, CancellationToken cancellationToken)
    {
        var participants = db.Participations.Local.Where(p => p.ActivityId == activity.Id && p.Confirmed).Select(p => p.VolunteerId).ToList();
        var plan = db.Plans.Local.FirstOrDefault(p => p.ActivityId == activity.Id);
        var days = new ActivityDays(activity.StartsOn, activity.EndsOn, activity.DepartsOn, activity.ReturnsOn, activity.Online);
        var covers = await cover.ForVolunteersAsync(participants, days.DepartsOn, days.ReturnsOn, cancellationToken);
        var trainings = (await db.SafetyTrainings.AsNoTracking().Where(t => participants.Contains(t.VolunteerId)).ToListAsync(cancellationToken))
            .Concat(db.Pending<SafetyTraining>())
            .ToLookup(t => t.VolunteerId, t => new TrainingTaken(t.Kind, t.Date));
        var verdict = rules.Evaluate(
            days,
            new PlanFacts(plan?.ResponsibleNamed ?? false, plan?.Status == SafetyPlanStatus.Approved),
            participants.Select(id => new ParticipantFacts(id, [.. covers[id]], [.. trainings[id]])));

        var reasons = verdict.Serialize();
        if (activity.ClearanceRevision > 0 && activity.Cleared == verdict.Cleared && activity.ClearanceReasons == reasons)
        {
            return;
        }

        activity.Cleared = verdict.Cleared;
        activity.ClearanceReasons = reasons;
        activity.ClearanceRevision++;
        activity.EvaluatedAt = timeProvider.GetUtcNowForDatabase();
        db.AddIntegrationEvent(new ActivityClearanceChanged(
            activity.Id, activity.UnionId, verdict.Cleared, activity.ClearanceRevision, verdict.Reasons, activity.EvaluatedAt.Value));
    }
}
