namespace Volunteer.Contracts.Events;

/// <summary>A volunteer's team membership ended.</summary>
public sealed record TeamMemberLeft(Guid TeamId, Guid UnionId, Guid VolunteerId, DateOnly LeftOn);
