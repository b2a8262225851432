namespace Volunteer.Contracts.Events;

/// <summary>A volunteer joined a team.</summary>
/// <param name="Role">captain, union-cadre or volunteer.</param>
/// <param name="ChangedAt">
/// When roster recorded the change: orders a volunteer's joins and leaves of one team, which may arrive in any order
/// (several changes can fall on one JoinedOn/LeftOn day).
/// </param>
public sealed record TeamMemberJoined(
    Guid TeamId, Guid UnionId, Guid VolunteerId, string Role, DateOnly JoinedOn, DateTimeOffset ChangedAt)
    : IProjectedEvent;
