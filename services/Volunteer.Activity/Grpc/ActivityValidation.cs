using Volunteer.Activity.Activities;
using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads the requests that move or list activities, reporting every bad field at once.</summary>
internal static class ActivityValidation
{
    public static (Guid Id, ActivityOutcomes Outcomes) ParseCompletion(Proto.CompleteActivityRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Id, "id");
        var outcomes = OutcomeValidation.Parse(request.Outcomes, violations);
        violations.ThrowIfAny();
        return (id!.Value, outcomes);
    }

    /// <summary>The activity and the trimmed reason for cancelling it.</summary>
    public static (Guid Id, string Reason) ParseCancellation(Proto.CancelActivityRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Id, "id");
        FieldRules.RequireText(request.Reason, 500, "reason", violations);
        violations.ThrowIfAny();
        return (id!.Value, request.Reason.Trim());
    }

    public static ActivityFilter ParseList(Proto.ListActivitiesRequest request)
    {
        var violations = new FieldViolations();
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var teamId = violations.Id(request.TeamId, "team_id", required: false);
        var siteId = violations.Id(request.SiteId, "site_id", required: false);
        var from = ActivityBounds.Day(request.From, "from", violations);
        var to = ActivityBounds.Day(request.To, "to", violations);
        violations.ThrowIfAny();
        return new ActivityFilter(paging, subtree, teamId, siteId,
            request.Form == Proto.ActivityForm.Unspecified ? null : (ActivityForm)request.Form,
            request.Mode == Proto.AssistanceMode.Unspecified ? null : (AssistanceMode)request.Mode,
            request.Status == Proto.ActivityStatus.Unspecified ? null : (ActivityStatus)request.Status,
            from, to);
    }

    public static OverduePage ParseOverdue(Proto.ListOverdueActivitiesRequest request)
    {
        var violations = new FieldViolations();
        var paging = DayPage.Parse(request.PageSize, request.PageToken, violations);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        violations.ThrowIfAny();
        return new OverduePage(paging, subtree);
    }
}
