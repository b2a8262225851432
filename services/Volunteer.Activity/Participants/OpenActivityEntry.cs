using Volunteer.Activity.Activities;

namespace Volunteer.Activity.Participants;

/// <summary>
/// An activity a volunteer may offer themself for, and where they stand: their own interest (null when
/// they never expressed one), whether they are on one of its teams, and their answer if proposed.
/// </summary>
public sealed record OpenActivityEntry(
    ServiceActivity Activity,
    string? UnionName,
    ActivityInterest? Interest,
    bool TeamMember,
    ParticipantStatus? Participation);
