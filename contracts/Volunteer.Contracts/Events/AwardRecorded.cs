namespace Volunteer.Contracts.Events;

/// <summary>An award was added to a volunteer's record.</summary>
public sealed record AwardRecorded(Guid AwardId, Guid VolunteerId, Guid UnionId, string Name, DateOnly Date, string GrantingBody)
    : IProjectedEvent;
