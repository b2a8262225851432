namespace Volunteer.Contracts.Events;

/// <summary>A volunteer confirmed taking part in an activity (opt-in; never assigned).</summary>
public sealed record ParticipantConfirmed(Guid ActivityId, Guid VolunteerId, Guid TeamId, Guid UnionId, DateTimeOffset ConfirmedAt)
    : IProjectedEvent;
