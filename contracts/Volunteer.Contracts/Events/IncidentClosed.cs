namespace Volunteer.Contracts.Events;

/// <summary>An incident was closed.</summary>
/// <param name="ClaimStatus">none, filed, accepted, paid or rejected.</param>
public sealed record IncidentClosed(
    Guid IncidentId, Guid ActivityId, Guid UnionId, string Severity, string ClaimStatus, DateTimeOffset ClosedAt)
    : IProjectedEvent;
