namespace Volunteer.Contracts.Events;

/// <summary>A policy ends within the warning horizon; the activities listed start or run after its end.</summary>
public sealed record PolicyExpiring(
    Guid PolicyId, Guid HolderUnionId, DateOnly CoversTo, IReadOnlyList<Guid> AffectedActivityIds, DateTimeOffset NoticedAt)
    : IProjectedEvent;
