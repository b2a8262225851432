using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

/// <summary>
/// NOT_CLEARED with one violation per reason safety gave, so a client can list exactly what is missing
/// (a plan, insurance for a volunteer, training).
/// </summary>
internal static class NotCleared
{
    public static RuleBrokenException For(ServiceActivity activity)
    {
        var subject = $"{ServiceActivity.ResourceType}/{activity.Id}";
        List<RuleViolation> violations = activity.Clearance is { Cleared: false } clearance && clearance.Reasons.Count > 0
            ? [.. clearance.Reasons.Select(r => new RuleViolation(
                r.Code, r.VolunteerId is { } volunteer ? $"volunteer/{volunteer}" : subject, r.Description))]
            : [new RuleViolation("AWAITING_SAFETY", subject, "Safety has not cleared the activity yet.")];
        var message = "NOT_CLEARED: the activity cannot start until safety clears it: "
            + string.Join("; ", violations.Select(v => v.Description));
        return new RuleBrokenException(violations, message, "NOT_CLEARED");
    }
}
