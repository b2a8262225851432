namespace Volunteer.Contracts.Events;

/// <summary>A cleared activity started.</summary>
public sealed record ActivityStarted(Guid ActivityId, Guid UnionId, DateTimeOffset StartedAt) : IProjectedEvent;
