using Volunteer.Activity.Activities;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads a plan's days; each is null when absent or bad, which is then a violation.</summary>
internal static class PlanDaysValidation
{
    public static (DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? DepartsOn, DateOnly? ReturnsOn) Span(
        Proto.PlanActivityRequest request, FieldViolations violations)
    {
        var startsOn = ActivityBounds.Day(request.StartsOn, "starts_on", violations, required: true);
        var endsOn = ActivityBounds.Day(request.EndsOn, "ends_on", violations, required: true);
        var departsOn = ActivityBounds.Day(request.DepartsOn, "departs_on", violations) ?? startsOn;
        var returnsOn = ActivityBounds.Day(request.ReturnsOn, "returns_on", violations) ?? endsOn;
        if (startsOn > endsOn)
        {
            violations.Add("ends_on", FieldTexts.NotBefore("starts_on"));
        }

        ActivityBounds.Span(startsOn, endsOn, "ends_on", violations);
        if (departsOn > startsOn || departsOn < startsOn?.AddDays(-ActivityBounds.MaxTravelDays))
        {
            violations.Add("departs_on",
                $"须为starts_on当天或之前最多{ActivityBounds.MaxTravelDays}天");
        }

        if (returnsOn < endsOn || returnsOn > endsOn?.AddDays(ActivityBounds.MaxTravelDays))
        {
            violations.Add("returns_on", $"须为ends_on当天或之后最多{ActivityBounds.MaxTravelDays}天");
        }

        return (startsOn, endsOn, departsOn, returnsOn);
    }

    /// <summary>The distinct meeting days, each within the activity's own days.</summary>
    public static List<DateOnly> MeetingDays(
        Proto.PlanActivityRequest request, DateOnly? startsOn, DateOnly? endsOn, FieldViolations violations)
    {
        var days = new List<DateOnly>();
        if (!ActivityBounds.Count(request.MeetingDays, ActivityBounds.MaxSpanDays, "meeting_days", violations))
        {
            return days;
        }

        foreach (var (value, index) in request.MeetingDays.Select((d, i) => (d, i)))
        {
            var field = $"meeting_days[{index}]";
            if (ActivityBounds.Day(value, field, violations) is not { } day)
            {
                if (value.Length == 0)
                {
                    violations.Add(field, FieldTexts.Date);
                }
            }
            else if (day < startsOn || day > endsOn)
            {
                violations.Add(field, "须在starts_on至ends_on之间");
            }
            else
            {
                days.Add(day);
            }
        }

        return [.. days.Distinct()];
    }
}
