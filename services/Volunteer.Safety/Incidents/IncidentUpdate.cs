using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Incidents;

/// <summary>
/// Moves an incident forward and records its duties (insurer notified, province told) and claim;
/// each call is one history entry naming who changed what.
/// </summary>
public sealed class IncidentUpdate(SafetyDbContext db, IncidentDesk desk, TimeProvider timeProvider)
{
    public async Task<Incident> UpdateAsync(
        ValidIncidentUpdate update, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNowForDatabase();
        var incident = await desk.FindAsync(update.IncidentId, cancellationToken, tracked: true);
        Demand(incident, incident.Status != IncidentStatus.Closed, "INCIDENT_CLOSED",
            "已结案的安全事件不能再修改。");
        var changes = new List<string>();
        if (update.Status is { } status && status != incident.Status)
        {
            Demand(incident, status > incident.Status, "ILLEGAL_STATUS_CHANGE",
                $"安全事件的状态只能向前推进，当前为{IncidentLabels.Of(incident.Status)}。");
            changes.Add($"状态：{IncidentLabels.Of(incident.Status)} → {IncidentLabels.Of(status)}");
            incident.Status = status;
        }

        if (update.ClaimStatus is { } claim && claim != incident.ClaimStatus)
        {
            changes.Add($"理赔：{IncidentLabels.Of(incident.ClaimStatus)} → {IncidentLabels.Of(claim)}");
            incident.ClaimStatus = claim;
        }

        incident.InsurerNotifiedAt = RecordOnce(
            incident, incident.InsurerNotifiedAt, update.InsurerNotifiedAt, "通知保险公司", changes);
        incident.ProvinceReportedAt = RecordOnce(
            incident, incident.ProvinceReportedAt, update.ProvinceReportedAt, "报告省总工会", changes);
        incident.History.Add(new IncidentChange
        {
            Id = Guid.CreateVersion7(),
            IncidentId = incident.Id,
            ChangedAt = now,
            ChangedBy = caller.Subject,
            Summary = changes.Count > 0 ? string.Join("；", changes) : "无变化",
            Note = update.Note,
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

        Demand(incident, current is null, "ALREADY_RECORDED", $"“{duty}”的时间已登记。");
        Demand(incident, at >= incident.OccurredAt, "BEFORE_INCIDENT", $"“{duty}”的时间不能早于事件发生时间。");
        changes.Add($"{duty}：{at:u}");
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
