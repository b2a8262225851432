using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Cases;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

/// <summary>Reads the typical case RPCs' requests, collecting every bad field before answering.</summary>
public static class CaseValidation
{
    private const int StoryLength = 2000, InnovationLength = 1000, ResultsLength = 1000;

    public static CaseNomination Parse(MarkTypicalCaseRequest request)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, RequestLimits.RequestId, "request_id", violations);
        var activityId = violations.Id(request.ActivityId, "activity_id");
        var story = FieldRules.Text(request.Story, StoryLength, "story", violations);
        var innovation = FieldRules.Text(request.Innovation, InnovationLength, "innovation", violations);
        var results = FieldRules.Text(request.Results, ResultsLength, "results", violations);
        violations.ThrowIfAny();
        var consent = request.Consent ?? new CaseConsent();
        var publicity = new PublicityConsent(consent.VolunteersNamed, consent.VolunteersPictured,
            consent.BeneficiariesNamed, consent.BeneficiariesPictured);
        return new CaseNomination(requestId, activityId!.Value, story, innovation, results, publicity);
    }

    public static (Guid? UnionId, IdPage Paging) Parse(ListTypicalCasesRequest request)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return (unionId, paging);
    }
}
