namespace Volunteer.Contracts.Events;

/// <summary>A volunteer's vetting was decided.</summary>
/// <param name="Decision">approved or rejected; revoked when an approval is withdrawn later.</param>
public sealed record VolunteerVetted(Guid VolunteerId, Guid UnionId, string Decision, DateTimeOffset DecidedAt)
    : IProjectedEvent;
