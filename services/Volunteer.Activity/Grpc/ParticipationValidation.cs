using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads the fields of a participation answer, reporting every bad one at once.</summary>
internal static class ParticipationValidation
{
    /// <param name="notice">The notice of a decline, required there; null for a confirmation.</param>
    public static (Guid ActivityId, Guid VolunteerId) Parse(string activityId, string volunteerId, string? notice)
    {
        var violations = new FieldViolations();
        var activity = violations.Id(activityId, "activity_id");
        var volunteer = violations.Id(volunteerId, "volunteer_id");
        if (notice is not null)
        {
            FieldRules.RequireText(notice, 500, "notice", violations);
        }

        violations.ThrowIfAny();
        return (activity!.Value, volunteer!.Value);
    }
}
