namespace Volunteer.Roster.Teams;

/// <summary>A checked request for a volunteer to join a team in a role from a day on.</summary>
public sealed record MemberJoining(Guid TeamId, Guid VolunteerId, TeamRole Role, DateOnly JoinedOn);
