using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

/// <summary>Policies and cover, plan approvals, clearance verdicts (highest revision wins) and incidents.</summary>
public sealed class SafetyProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(PolicyRegistered e, CancellationToken ct)
    {
        var policy = await Policy(e.PolicyId, e.HolderUnionId, ct);
        policy.Insurer = e.Insurer;
        policy.CoversFrom = e.CoversFrom;
        policy.CoversTo = e.CoversTo;
    }

    public async Task ApplyAsync(PersonsInsured e, CancellationToken ct)
    {
        await Policy(e.PolicyId, e.HolderUnionId, ct);
        foreach (var person in e.Persons)
        {
            var row = await db.Insured.FindOrAddAsync([e.PolicyId, person.VolunteerId, person.From],
                () => new InsuredRow { PolicyId = e.PolicyId, VolunteerId = person.VolunteerId, From = person.From }, ct);
            row.To = person.To;
            row.ActivityId = e.ActivityId;
        }
    }

    public async Task ApplyAsync(PolicyExpiring e, CancellationToken ct)
    {
        var policy = await Policy(e.PolicyId, e.HolderUnionId, ct);
        policy.CoversTo ??= e.CoversTo;
        policy.ExpiringActivityIds = [.. policy.ExpiringActivityIds.Union(e.AffectedActivityIds)];
    }

    public async Task ApplyAsync(SafetyPlanApproved e, CancellationToken ct) =>
        (await db.Activity(e.ActivityId, e.UnionId, ct)).SafetyPlanApproved = true;

    public async Task ApplyAsync(ActivityClearanceChanged e, CancellationToken ct)
    {
        var activity = await db.Activity(e.ActivityId, e.UnionId, ct);
        if (e.Revision <= activity.ClearanceRevision)
        {
            return;
        }

        activity.ClearanceRevision = e.Revision;
        activity.Cleared = e.Cleared;
        activity.ClearanceReasons = [.. e.Reasons.Select(r => r.Code).Distinct()];
    }

    public async Task ApplyAsync(IncidentReported e, CancellationToken ct)
    {
        var incident = await Incident(e.IncidentId, e.ActivityId, e.UnionId, ct);
        incident.Severity = e.Severity;
        incident.OccurredAt = e.OccurredAt;
        incident.InvolvedCount = e.InvolvedVolunteerIds.Count;
        incident.UninsuredCount = e.UninsuredVolunteerIds.Count;
    }

    public async Task ApplyAsync(IncidentClosed e, CancellationToken ct)
    {
        var incident = await Incident(e.IncidentId, e.ActivityId, e.UnionId, ct);
        incident.ClosedAt = e.ClosedAt;
        incident.ClaimStatus = e.ClaimStatus;
        if (incident.Severity.Length == 0)
        {
            incident.Severity = e.Severity;
        }
    }

    private Task<PolicyRow> Policy(Guid id, Guid holderUnionId, CancellationToken ct) =>
        db.Policies.FindOrAddAsync([id], () => new PolicyRow { Id = id, HolderUnionId = holderUnionId }, ct);

    private Task<IncidentRow> Incident(Guid id, Guid activityId, Guid unionId, CancellationToken ct) =>
        db.Incidents.FindOrAddAsync([id], () => new IncidentRow { Id = id, ActivityId = activityId, UnionId = unionId }, ct);
}
