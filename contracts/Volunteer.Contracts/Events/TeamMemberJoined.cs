namespace Volunteer.Contracts.Events;

/// <summary>A volunteer joined a team.</summary>
/// <param name="Role">captain, union-cadre or volunteer.</param>
public sealed record TeamMemberJoined(Guid TeamId, Guid UnionId, Guid VolunteerId, string Role, DateOnly JoinedOn);
