using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Incidents;

/// <summary>
/// Moves an incident forward and records its duties (insurer notified, province told) and claim;
/// each call is one history entry naming who changed what.
/// </summary>
public sealed class IncidentUpdate(SafetyDbContext db, IncidentDesk desk, TimeProvider timeProvider)
{
    public async Task<Incident> UpdateAsync(Proto.UpdateIncidentRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNowForDatabase();
        var violations = new FieldViolations();
        if (request.Status != Proto.IncidentStatus.Unspecified && !Enum.IsDefined((IncidentStatus)request.Status))
        {
            violations.Add("status", "is not a known status");
        }

        if (request.ClaimStatus != Proto.ClaimStatus.Unspecified && !Enum.IsDefined((ClaimStatus)request.ClaimStatus))
        {
            violations.Add("claim_status", "is not a known claim status");
        }

        var insurerNotified = IncidentRules.PastMoment(request.InsurerNotifiedTime, "insurer_notified_time", now, violations, required: false);
        var provinceReported = IncidentRules.PastMoment(request.ProvinceReportedTime, "province_reported_time", now, violations, required: false);
        var note = FieldRules.Text(request.Note, 1000, "note", violations, required: false);
        if (request.Status == Proto.IncidentStatus.Unspecified && request.ClaimStatus == Proto.ClaimStatus.Unspecified
            && request.InsurerNotifiedTime is null && request.ProvinceReportedTime is null)
        {
            violations.Add("status", "give at least one change: status, claim_status, insurer_notified_time or province_reported_time");
        }

        violations.ThrowIfAny();
        var incident = await desk.FindAsync(request.Id, cancellationToken, tracked: true);
        Demand(incident, incident.Status != IncidentStatus.Closed, "INCIDENT_CLOSED", "A closed incident does not change any more.");
        var changes = new List<string>();
        if (request.Status != Proto.IncidentStatus.Unspecified && (IncidentStatus)request.Status != incident.Status)
        {
            var status = (IncidentStatus)request.Status;
            Demand(incident, status > incident.Status, "ILLEGAL_STATUS_CHANGE", $"An incident moves only forward; it is {incident.Status} now.");
            changes.Add($"status: {incident.Status} → {status}");
            incident.Status = status;
        }

        if (request.ClaimStatus != Proto.ClaimStatus.Unspecified && (ClaimStatus)request.ClaimStatus != incident.ClaimStatus)
        {
            changes.Add($"claim: {incident.ClaimStatus} → {(ClaimStatus)request.ClaimStatus}");
            incident.ClaimStatus = (ClaimStatus)request.ClaimStatus;
        }

        incident.InsurerNotifiedAt = RecordOnce(incident, incident.InsurerNotifiedAt, insurerNotified, "insurer notified", changes);
        incident.ProvinceReportedAt = RecordOnce(incident, incident.ProvinceReportedAt, provinceReported, "reported to the province", changes);
        incident.History.Add(new IncidentChange
        {
            Id = Guid.CreateVersion7(),
            IncidentId = incident.Id,
            ChangedAt = now,
            ChangedBy = caller.Subject,
            Summary = changes.Count > 0 ? string.Join("; ", changes) : "no change",
            Note = note,
        });
        if (incident.Status == IncidentStatus.Closed)
        {
            db.AddIntegrationEvent(new IncidentClosed(incident.Id, incident.ActivityId, incident.UnionId,
                IncidentRules.EventName(incident.Severity), IncidentRules.EventName(incident.ClaimStatus), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return incident;
    }

    // A duty is done once; its time is not before the incident.
    private static DateTimeOffset? RecordOnce(Incident incident, DateTimeOffset? current, DateTimeOffset? given, string duty, List<string> changes)
    {
        if (given is not { } at)
        {
            return current;
        }

        Demand(incident, current is null, "ALREADY_RECORDED", $"When the incident was {duty} is recorded already.");
        Demand(incident, at >= incident.OccurredAt, "BEFORE_INCIDENT", $"The incident cannot have been {duty} before it happened.");
        changes.Add($"{duty} at {at:u}");
        return at;
    }

    private static void Demand(Incident incident, bool rule, string name, string description)
    {
        if (!rule)
        {
            throw new RuleBrokenException(name, $"{IncidentDesk.ResourceType}/{incident.Id}", description);
        }
    }
}
