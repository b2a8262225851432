namespace Volunteer.Contracts.Events;

/// <summary>An insurance policy was registered by its holder union.</summary>
public sealed record PolicyRegistered(
    Guid PolicyId,
    Guid HolderUnionId,
    string Insurer,
    string PolicyNumber,
    string Product,
    DateOnly CoversFrom,
    DateOnly CoversTo,
    bool TravelCovered,
    DateTimeOffset RegisteredAt) : IProjectedEvent;
