namespace Volunteer.Contracts.Events;

/// <summary>A confirmed volunteer withdrew from an activity, giving notice.</summary>
public sealed record ParticipantWithdrew(Guid ActivityId, Guid VolunteerId, Guid UnionId, DateTimeOffset WithdrewAt)
    : IProjectedEvent;
