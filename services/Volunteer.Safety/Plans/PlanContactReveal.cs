using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Plans;

/// <summary>
/// Audit of one time a plan's emergency-contact phones left the service in full: who, when, for which
/// activity, why and how many phones. Kept under the activity's union, for its admins and safety officers.
/// </summary>
public sealed class PlanContactReveal : ITimeOrdered
{
    public Guid Id { get; init; }

    public Guid ActivityId { get; init; }

    public Guid UnionId { get; init; }

    public required string ActorSubject { get; init; }

    public required string ActorRole { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Reason { get; init; }

    /// <summary>Contacts shown with a phone; those saved before contacts had phones are not counted.</summary>
    public int PhoneCount { get; init; }

    public static PlanContactReveal Of(
        PlatformCaller caller, DateTimeOffset at, SafetyPlan plan, string reason, int phoneCount) => new()
    {
        Id = Guid.CreateVersion7(),
        ActivityId = plan.ActivityId,
        UnionId = plan.UnionId,
        ActorSubject = caller.Subject,
        ActorRole = caller.Role,
        At = at,
        Reason = reason,
        PhoneCount = phoneCount,
    };
}
