namespace Volunteer.Activity.Participants;

/// <summary>
/// An interest as its activity's leads see it: whether the volunteer is on one of the activity's teams
/// already (then they may confirm), and how they answered if they were proposed.
/// </summary>
public sealed record InterestEntry(ActivityInterest Interest, bool TeamMember, ParticipantStatus? Participation);
