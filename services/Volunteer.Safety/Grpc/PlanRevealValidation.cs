using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Grpc;

/// <summary>Reads plan contact reveal requests and their audit listing, naming every bad field.</summary>
public static class PlanRevealValidation
{
    private const int ReasonLength = 500;

    /// <summary>The activity whose plan's contacts are wanted, and why.</summary>
    public static (Guid ActivityId, string Reason) Reveal(Proto.RevealPlanContactPhonesRequest request)
    {
        var violations = new FieldViolations();
        var activityId = violations.Id(request.ActivityId, "activity_id");
        var reason = FieldRules.Text(request.Reason, ReasonLength, "reason", violations);
        violations.ThrowIfAny();
        return (activityId!.Value, reason);
    }

    public static (Guid ActivityId, IdPage Page) List(Proto.ListPlanContactRevealsRequest request)
    {
        var violations = new FieldViolations();
        var activityId = violations.Id(request.ActivityId, "activity_id");
        var page = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return (activityId!.Value, page);
    }
}
