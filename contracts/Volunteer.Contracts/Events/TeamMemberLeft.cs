namespace Volunteer.Contracts.Events;

/// <summary>A volunteer's team membership ended.</summary>
/// <param name="ChangedAt">When roster recorded the change (see <see cref="TeamMemberJoined.ChangedAt"/>).</param>
public sealed record TeamMemberLeft(
    Guid TeamId, Guid UnionId, Guid VolunteerId, DateOnly LeftOn, DateTimeOffset ChangedAt) : IProjectedEvent;
