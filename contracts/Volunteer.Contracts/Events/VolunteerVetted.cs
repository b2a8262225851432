namespace Volunteer.Contracts.Events;

/// <summary>A volunteer's vetting was decided.</summary>
/// <param name="Decision">approved or rejected.</param>
public sealed record VolunteerVetted(Guid VolunteerId, Guid UnionId, string Decision, DateTimeOffset DecidedAt)
    : IProjectedEvent;
