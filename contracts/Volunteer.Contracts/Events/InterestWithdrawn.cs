namespace Volunteer.Contracts.Events;

/// <summary>A volunteer withdrew their interest in an activity (see <see cref="InterestExpressed"/>).</summary>
public sealed record InterestWithdrawn(Guid ActivityId, Guid VolunteerId, Guid UnionId, DateTimeOffset WithdrawnAt);
