using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads vetting requests: a final decision or a revocation, with the bounded reason each needs.</summary>
public static class VettingValidation
{
    // The edge found the volunteer within the caller's reach, so the id is a valid one.
    public static VettingDecision Vet(Proto.VetStaffVolunteerRequest request)
    {
        var violations = new FieldViolations();
        if (request.Decision is not (Proto.VettingState.Approved or Proto.VettingState.Rejected))
        {
            violations.Add("decision", "须为通过（VETTING_STATE_APPROVED）或不通过（VETTING_STATE_REJECTED）");
        }

        if (request.Decision == Proto.VettingState.Rejected && string.IsNullOrWhiteSpace(request.Reason))
        {
            violations.Add("reason", "不通过时须填写原因");
        }
        else if (request.Reason.Trim().Length > 500)
        {
            violations.Add("reason", FieldTexts.AtMostCharacters(500));
        }

        violations.ThrowIfAny();
        return new VettingDecision(Guid.Parse(request.Id), (VettingState)request.Decision,
            FieldRules.Trimmed(request.Reason));
    }

    // The edge found the volunteer within the caller's reach, so the id is a valid one.
    public static (Guid VolunteerId, string Reason) Revoke(Proto.RevokeVettingRequest request)
    {
        var violations = new FieldViolations();
        var reason = request.Reason.Trim();
        if (reason.Length == 0)
        {
            violations.Add("reason", "必填：请说明撤销审核的原因");
        }
        else if (reason.Length > 500)
        {
            violations.Add("reason", "最多 500 个字符");
        }

        violations.ThrowIfAny();
        return (Guid.Parse(request.Id), reason);
    }
}
