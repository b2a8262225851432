using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Incidents;

public static class IncidentMapping
{
    public static Proto.Incident ToProto(this Incident incident, DateTimeOffset now) => new()
    {
        Id = incident.Id.ToString(),
        ActivityId = incident.ActivityId.ToString(),
        UnionId = incident.UnionId.ToString(),
        OccurredTime = Timestamp.FromDateTimeOffset(incident.OccurredAt),
        Place = incident.Place,
        Severity = (Proto.IncidentSeverity)incident.Severity,
        InvolvedVolunteerIds = { incident.InvolvedVolunteerIds.Select(id => id.ToString()) },
        UninsuredVolunteerIds = { incident.UninsuredVolunteerIds.Select(id => id.ToString()) },
        Description = incident.Description,
        FirstResponse = incident.FirstResponse,
        InsurerNotifiedTime = Optional(incident.InsurerNotifiedAt),
        ProvinceReportedTime = Optional(incident.ProvinceReportedAt),
        ClaimStatus = (Proto.ClaimStatus)incident.ClaimStatus,
        Status = (Proto.IncidentStatus)incident.Status,
        ReportTime = Timestamp.FromDateTimeOffset(incident.ReportedAt),
        InsurerDeadline = Timestamp.FromDateTimeOffset(incident.InsurerDeadline),
        ProvinceDeadline = Optional(incident.ProvinceDeadline),
        Overdue = IncidentDeadlines.IsOverdue(incident, now),
        History =
        {
            incident.History.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Select(c => new Proto.IncidentChange
            {
                ChangeTime = Timestamp.FromDateTimeOffset(c.ChangedAt),
                ChangedBy = c.ChangedBy,
                Summary = c.Summary,
                Note = c.Note,
            }),
        },
    };

    private static Timestamp? Optional(DateTimeOffset? moment) => moment is { } at ? Timestamp.FromDateTimeOffset(at) : null;
}
