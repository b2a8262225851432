namespace Volunteer.Roster.Teams;

/// <summary>A checked request for a current member to leave a team on a day.</summary>
public sealed record MemberLeaving(Guid TeamId, Guid VolunteerId, DateOnly LeftOn);
