namespace Volunteer.Contracts.Events;

/// <summary>A team was disbanded; it no longer counts towards targets.</summary>
public sealed record TeamDisbanded(Guid TeamId, Guid UnionId, DateTimeOffset DisbandedAt) : IProjectedEvent;
