namespace Volunteer.Contracts.Events;

/// <summary>A union joined the campaign's tree. Reporting rolls targets and progress up this tree.</summary>
/// <param name="Kind">provincial, city-education, county-education or directly-affiliated.</param>
public sealed record UnionRegistered(
    Guid UnionId,
    Guid? ParentId,
    string Name,
    string Kind,
    string RegionCode,
    int TeamTarget,
    int PeopleTarget,
    DateTimeOffset RegisteredAt) : IProjectedEvent;
