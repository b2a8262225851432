using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Incidents;

/// <summary>
/// Records incidents, flags the people involved who had no cover that day, and finds them again. The edge
/// has checked that the caller reaches the activity and the people, so a replayed request id is looked up
/// within the activity's union only: never another union's incident.
/// </summary>
public sealed class IncidentDesk(
    SafetyDbContext db, ActivityDirectory activities, UninsuredCheck uninsured, TimeProvider timeProvider)
{
    public const string ResourceType = "volunteer.safety.v1.Incident";
    public const int MaxInvolved = 100;

    public async Task<Incident> ReportAsync(Proto.ReportIncidentRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNowForDatabase();
        var violations = new FieldViolations();
        violations.Id(request.ActivityId, "activity_id");
        var occurredAt = IncidentRules.PastMoment(request.OccurredTime, "occurred_time", now, violations, required: true);
        if (request.Severity == Proto.IncidentSeverity.Unspecified || !Enum.IsDefined((IncidentSeverity)request.Severity))
        {
            violations.Add("severity", "is required: minor, moderate, serious or critical");
        }

        var involved = FieldRules.Ids(request.InvolvedVolunteerIds, "involved_volunteer_ids", MaxInvolved, violations);
        if (request.InvolvedVolunteerIds.Count == 0)
        {
            violations.Add("involved_volunteer_ids", "is required");
        }

        var incident = new Incident
        {
            Place = FieldRules.Text(request.Place, 200, "place", violations),
            Description = FieldRules.Text(request.Description, 2000, "description", violations),
            FirstResponse = FieldRules.Text(request.FirstResponse, 2000, "first_response", violations, required: false),
            RequestId = FieldRules.Text(request.RequestId, 100, "request_id", violations, required: false) is { Length: > 0 } id ? id : null,
            ReportedBy = caller.Subject,
        };
        violations.ThrowIfAny();

        var activity = await activities.FindAsync(request.ActivityId, "activity_id", cancellationToken);
        if (incident.RequestId is { } requestId
            && await Incidents().FirstOrDefaultAsync(
                i => i.UnionId == activity.UnionId && i.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        incident.Id = Guid.CreateVersion7();
        incident.ActivityId = activity.Id;
        incident.UnionId = activity.UnionId;
        incident.OccurredAt = occurredAt!.Value;
        incident.Severity = (IncidentSeverity)request.Severity;
        incident.InvolvedVolunteerIds = involved;
        incident.UninsuredVolunteerIds = await uninsured.FindAsync(activity, involved, IncidentDeadlines.DayOf(incident.OccurredAt), cancellationToken);
        incident.InsurerDeadline = IncidentDeadlines.InsurerDeadline(incident.OccurredAt);
        incident.ProvinceDeadline = IncidentDeadlines.ProvinceDeadline(incident.OccurredAt, incident.Severity);
        incident.ReportedAt = now;
        db.Incidents.Add(incident);
        db.AddIntegrationEvent(new IncidentReported(incident.Id, incident.ActivityId, incident.UnionId, IncidentRules.EventName(incident.Severity),
            incident.OccurredAt, incident.InvolvedVolunteerIds, incident.UninsuredVolunteerIds, incident.ReportedAt));
        await db.SaveChangesAsync(cancellationToken);
        return incident;
    }

    /// <summary>The incident with its history.</summary>
    public async Task<Incident> FindAsync(string id, CancellationToken cancellationToken, bool tracked = false)
    {
        var violations = new FieldViolations();
        var incidentId = violations.Id(id, "id");
        violations.ThrowIfAny();
        var incident = await (tracked ? db.Incidents.Include(i => i.History) : Incidents()).FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken)
            ?? throw new NotFoundException(ResourceType, id);
        return incident;
    }

    private IQueryable<Incident> Incidents() => db.Incidents.AsNoTracking().Include(i => i.History);
}
