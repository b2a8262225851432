namespace Volunteer.Contracts.Events;

/// <summary>An activity was cancelled before completion.</summary>
public sealed record ActivityCancelled(Guid ActivityId, Guid UnionId, string Reason, DateTimeOffset CancelledAt)
    : IProjectedEvent;
