namespace Volunteer.Contracts.Events;

/// <summary>Volunteers were enrolled on a policy (for an activity when ActivityId is set).</summary>
public sealed record PersonsInsured(
    Guid PolicyId, Guid HolderUnionId, Guid? ActivityId, IReadOnlyList<InsuredPerson> Persons, DateTimeOffset InsuredAt)
    : IProjectedEvent;
