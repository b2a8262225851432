using Volunteer.Safety.Incidents;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Grpc;

/// <summary>Reads incident requests, naming every bad field by its proto name before anything runs.</summary>
public static class IncidentValidation
{
    public const int MaxInvolved = 100;

    public static ValidIncidentReport Report(Proto.ReportIncidentRequest request, DateTimeOffset now)
    {
        var violations = new FieldViolations();
        var activityId = violations.Id(request.ActivityId, "activity_id");
        var occurredAt = IncidentRules.PastMoment(
            request.OccurredTime, "occurred_time", now, violations, required: true);
        if (request.Severity == Proto.IncidentSeverity.Unspecified
            || !Enum.IsDefined((IncidentSeverity)request.Severity))
        {
            violations.Add("severity", "必填：轻微、一般、严重或特别严重");
        }

        var involved = FieldRules.Ids(request.InvolvedVolunteerIds, "involved_volunteer_ids", MaxInvolved, violations);
        if (request.InvolvedVolunteerIds.Count == 0)
        {
            violations.Add("involved_volunteer_ids", FieldTexts.Required);
        }

        var place = FieldRules.Text(request.Place, 200, "place", violations);
        var description = FieldRules.Text(request.Description, 2000, "description", violations);
        var firstResponse = FieldRules.Text(request.FirstResponse, 2000, "first_response", violations, required: false);
        var requestId = FieldRules.Text(request.RequestId, 100, "request_id", violations, required: false);
        violations.ThrowIfAny();
        return new ValidIncidentReport(activityId!.Value, occurredAt!.Value, (IncidentSeverity)request.Severity,
            involved, place, description, firstResponse, requestId.Length > 0 ? requestId : null);
    }

    public static ValidIncidentUpdate Update(Proto.UpdateIncidentRequest request, DateTimeOffset now)
    {
        var violations = new FieldViolations();
        if (request.Status != Proto.IncidentStatus.Unspecified && !Enum.IsDefined((IncidentStatus)request.Status))
        {
            violations.Add("status", "不是有效的事件状态");
        }

        if (request.ClaimStatus != Proto.ClaimStatus.Unspecified && !Enum.IsDefined((ClaimStatus)request.ClaimStatus))
        {
            violations.Add("claim_status", "不是有效的理赔状态");
        }

        var insurerNotified = IncidentRules.PastMoment(
            request.InsurerNotifiedTime, "insurer_notified_time", now, violations, required: false);
        var provinceReported = IncidentRules.PastMoment(
            request.ProvinceReportedTime, "province_reported_time", now, violations, required: false);
        var note = FieldRules.Text(request.Note, 1000, "note", violations, required: false);
        if (request.Status == Proto.IncidentStatus.Unspecified && request.ClaimStatus == Proto.ClaimStatus.Unspecified
            && request.InsurerNotifiedTime is null && request.ProvinceReportedTime is null)
        {
            violations.Add("status",
                "请至少填写一项修改：status、claim_status、insurer_notified_time或province_reported_time");
        }

        var incidentId = violations.Id(request.Id, "id");
        violations.ThrowIfAny();
        return new ValidIncidentUpdate(
            incidentId!.Value,
            request.Status == Proto.IncidentStatus.Unspecified ? null : (IncidentStatus)request.Status,
            request.ClaimStatus == Proto.ClaimStatus.Unspecified ? null : (ClaimStatus)request.ClaimStatus,
            insurerNotified,
            provinceReported,
            note);
    }

    public static IncidentQuery List(Proto.ListIncidentsRequest request)
    {
        var violations = new FieldViolations();
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var activityId = violations.Id(request.ActivityId, "activity_id", required: false);
        var page = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return new IncidentQuery(subtree, activityId, request.OverdueOnly, page);
    }
}
