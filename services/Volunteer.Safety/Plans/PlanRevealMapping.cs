using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Plans;

public static class PlanRevealMapping
{
    public static Proto.RevealedEmergencyContact ToProto(this RevealedContact contact) =>
        new() { Name = contact.Name, Role = contact.Role, Phone = contact.Phone };

    public static Proto.PlanContactReveal ToProto(this PlanContactReveal reveal) => new()
    {
        Id = reveal.Id.ToString(),
        ActivityId = reveal.ActivityId.ToString(),
        UnionId = reveal.UnionId.ToString(),
        ActorSubject = reveal.ActorSubject,
        ActorRole = reveal.ActorRole,
        RevealTime = Timestamp.FromDateTimeOffset(reveal.At),
        Reason = reveal.Reason,
        PhoneCount = reveal.PhoneCount,
    };
}
