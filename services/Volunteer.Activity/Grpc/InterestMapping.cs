using Google.Protobuf.WellKnownTypes;
using Volunteer.Activity.Participants;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

internal static class InterestMapping
{
    public static Proto.ActivityInterest ToProto(this ActivityInterest interest) => new()
    {
        ActivityId = interest.ActivityId.ToString(),
        VolunteerId = interest.VolunteerId.ToString(),
        Note = interest.Note ?? "",
        ExpressTime = Timestamp.FromDateTimeOffset(interest.ExpressedAt),
        WithdrawTime = interest.WithdrawnAt is { } withdrawn ? Timestamp.FromDateTimeOffset(withdrawn) : null,
    };

    public static Proto.ActivityInterest ToProto(this InterestEntry entry)
    {
        var proto = entry.Interest.ToProto();
        proto.TeamMember = entry.TeamMember;
        proto.ParticipantStatus = (Proto.ParticipantStatus)(entry.Participation ?? 0);
        return proto;
    }
}
