using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
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
    public async Task<Incident> ReportAsync(
        ValidIncidentReport report, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(report.ActivityId, cancellationToken);
        if (report.RequestId is { } requestId
            && await Incidents().FirstOrDefaultAsync(
                i => i.UnionId == activity.UnionId && i.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var incident = new Incident
        {
            Id = Guid.CreateVersion7(),
            ActivityId = activity.Id,
            UnionId = activity.UnionId,
            OccurredAt = report.OccurredAt,
            Place = report.Place,
            Severity = report.Severity,
            InvolvedVolunteerIds = report.InvolvedVolunteerIds,
            Description = report.Description,
            FirstResponse = report.FirstResponse,
            RequestId = report.RequestId,
            ReportedBy = caller.Subject,
            UninsuredVolunteerIds = await uninsured.FindAsync(
                activity, report.InvolvedVolunteerIds, IncidentDeadlines.DayOf(report.OccurredAt), cancellationToken),
            InsurerDeadline = IncidentDeadlines.InsurerDeadline(report.OccurredAt),
            ProvinceDeadline = IncidentDeadlines.ProvinceDeadline(report.OccurredAt, report.Severity),
            ReportedAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Incidents.Add(incident);
        db.AddIntegrationEvent(new IncidentReported(incident.Id, incident.ActivityId, incident.UnionId,
            IncidentRules.EventName(incident.Severity), incident.OccurredAt, incident.InvolvedVolunteerIds,
            incident.UninsuredVolunteerIds, incident.ReportedAt));
        await db.SaveChangesAsync(cancellationToken);
        return incident;
    }

    /// <summary>The incident with its history.</summary>
    public async Task<Incident> FindAsync(Guid id, CancellationToken cancellationToken, bool tracked = false) =>
        await (tracked ? db.Incidents.Include(i => i.History) : Incidents())
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new NotFoundException(ResourceType, id.ToString());

    private IQueryable<Incident> Incidents() => db.Incidents.AsNoTracking().Include(i => i.History);
}
