using Volunteer.Safety.Insurance;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Grpc;

/// <summary>Reads enrolment and coverage requests, naming every bad field by its proto name.</summary>
public static class CoverValidation
{
    public const int MaxEnrolled = 1000;
    public const int MaxCoverageVolunteers = 500;
    public const int MaxCoverageDays = 366;

    public static ValidEnrolment Enrol(Proto.EnrolPersonsRequest request)
    {
        var violations = new FieldViolations();
        var volunteerIds = FieldRules.Ids(request.VolunteerIds, "volunteer_ids", MaxEnrolled, violations);
        var activityId = violations.Id(request.ActivityId, "activity_id", required: false);
        if (request.VolunteerIds.Count == 0 && request.ActivityId.Length == 0)
        {
            violations.Add("volunteer_ids", "请填写volunteer_ids或activity_id");
        }
        else if (request.VolunteerIds.Count > 0 && request.ActivityId.Length > 0)
        {
            violations.Add("activity_id", "volunteer_ids与activity_id只能填写其一");
        }

        var from = FieldRules.Day(request.From, "from", violations, required: false);
        var to = FieldRules.Day(request.To, "to", violations, required: false);
        var policyId = violations.Id(request.PolicyId, "policy_id");
        violations.ThrowIfAny();
        return new ValidEnrolment(policyId!.Value, volunteerIds, activityId, from, to);
    }

    public static ValidCoverageQuery Coverage(Proto.GetCoverageRequest request)
    {
        var violations = new FieldViolations();
        var volunteerIds = FieldRules.Ids(request.VolunteerIds, "volunteer_ids", MaxCoverageVolunteers, violations);
        if (request.VolunteerIds.Count == 0)
        {
            violations.Add("volunteer_ids", FieldTexts.Required);
        }

        var from = CoverDays.Read(request.From, "from", violations);
        var to = CoverDays.Read(request.To, "to", violations);
        if (from is { } start && to is { } end && (end < start || end.DayNumber - start.DayNumber > MaxCoverageDays))
        {
            violations.Add("to", $"不能早于from，且不能晚于其后{MaxCoverageDays}天");
        }

        violations.ThrowIfAny();
        return new ValidCoverageQuery(volunteerIds, from!.Value, to!.Value);
    }
}
