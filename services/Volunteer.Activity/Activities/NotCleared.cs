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
            : [new RuleViolation("AWAITING_SAFETY", subject, "安全审查尚未通过该活动。")];
        var message = "NOT_CLEARED：活动须通过安全审查后才能开始："
            + string.Join("; ", violations.Select(v => v.Description));
        return new RuleBrokenException(violations, message, "NOT_CLEARED");
    }
}
