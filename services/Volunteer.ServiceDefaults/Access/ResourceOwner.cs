namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Whose a thing is, as far as access goes: the union it belongs to, the teams that act in it (their
/// captains reach it) and the people it is about (each reaches it themself).
/// </summary>
public sealed record ResourceOwner(Guid UnionId, IReadOnlyCollection<Guid> TeamIds, IReadOnlyCollection<Guid> PersonIds)
{
    public static ResourceOwner Union(Guid unionId) => new(unionId, [], []);
}
