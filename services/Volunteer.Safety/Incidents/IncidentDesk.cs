using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
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
        await CheckCaptainSeesThemAsync(activity.Id, report.InvolvedVolunteerIds, caller, cancellationToken);
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

    /// <summary>
    /// The edge let a captain in for an activity of their team and for people taking part in activities of
    /// their team; here the people are held to this activity: a captain reports for those on site, or themself.
    /// Anyone else answers as unknown, as the edge would.
    /// </summary>
    private async Task CheckCaptainSeesThemAsync(
        Guid activityId, IReadOnlyList<Guid> involved, PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (caller.Role != PlatformRoles.TeamCaptain)
        {
            return;
        }

        var self = Guid.TryParse(caller.Subject, out var person) ? person : Guid.Empty;
        var onSite = await db.Participations
            .Where(p => p.ActivityId == activityId && p.Confirmed && involved.Contains(p.VolunteerId))
            .Select(p => p.VolunteerId).ToListAsync(cancellationToken);
        var stranger = involved.FirstOrDefault(id => id != self && !onSite.Contains(id));
        if (stranger != Guid.Empty)
        {
            throw new NotFoundException("volunteer.roster.v1.StaffVolunteer", stranger.ToString());
        }
    }

    private IQueryable<Incident> Incidents() => db.Incidents.AsNoTracking().Include(i => i.History);
}
