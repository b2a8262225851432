using Volunteer.Activity.Activities;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

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

    /// <summary>An interest's note: optional, bounded; null when blank.</summary>
    public static (Guid ActivityId, Guid VolunteerId, string? Note) Interest(Proto.ExpressInterestRequest request)
    {
        var violations = new FieldViolations();
        var activity = violations.Id(request.ActivityId, "activity_id");
        var volunteer = violations.Id(request.VolunteerId, "volunteer_id");
        if (request.Note.Trim().Length > 500)
        {
            violations.Add("note", "最多 500 个字符");
        }

        violations.ThrowIfAny();
        return (activity!.Value, volunteer!.Value, FieldRules.Trimmed(request.Note));
    }

    public static OpenActivityFilter OpenActivities(Proto.ListOpenActivitiesRequest request)
    {
        var violations = new FieldViolations();
        var paging = DayPage.Parse(request.PageSize, request.PageToken, violations);
        var from = ActivityBounds.Day(request.From, "from", violations);
        var to = ActivityBounds.Day(request.To, "to", violations);
        var domain = EnumField.Optional<ServiceDomain>((int)request.Domain, "domain", violations);
        violations.ThrowIfAny();
        return new OpenActivityFilter(paging, from, to, domain);
    }

    public static (Guid ActivityId, IdPage Paging) Interests(Proto.ListInterestsRequest request)
    {
        var violations = new FieldViolations();
        var activity = violations.Id(request.ActivityId, "activity_id");
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return (activity!.Value, paging);
    }
}
