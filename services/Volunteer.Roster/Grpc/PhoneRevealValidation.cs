using Volunteer.Roster.Reach;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads a phone reveal request, naming every bad field.</summary>
public static class PhoneRevealValidation
{
    private const int ReasonLength = 500;

    // The edge found the activity within the caller's reach, so its id is a valid one.
    public static PhoneRevealRequest Parse(Proto.RevealContactPhonesRequest request)
    {
        var violations = new FieldViolations();
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var reason = FieldRules.Text(request.Reason, ReasonLength, "reason", violations);
        violations.ThrowIfAny();
        return new PhoneRevealRequest(Guid.Parse(request.ActivityId), volunteerId!.Value, reason);
    }
}
