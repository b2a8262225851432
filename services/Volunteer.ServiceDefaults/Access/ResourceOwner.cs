namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Whose a thing is, as far as access goes: the union it belongs to, the teams that act in it (their
/// captains reach it) and the people it is about (each reaches it themself).
/// </summary>
public sealed record ResourceOwner(Guid UnionId, IReadOnlyCollection<Guid> TeamIds, IReadOnlyCollection<Guid> PersonIds)
{
    /// <summary>
    /// Whether a person not in <see cref="PersonIds"/> reaches the thing all the same, asked only when a
    /// person's own reach decides (volunteers, captains): e.g. the current members of an activity's teams,
    /// too many to load for the union staff who never need them.
    /// </summary>
    public Func<Guid, CancellationToken, Task<bool>>? AlsoReaches { get; init; }

    public static ResourceOwner Union(Guid unionId) => new(unionId, [], []);
}
