using System.Collections.Concurrent;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// The unions found within a caller's union scope, remembered across requests for <see cref="KeptFor"/>.
/// A union never moves in the tree (its place is fixed when it is created), so a "yes" stays true; a "no"
/// is never remembered, since the union may be created a moment later. At most <see cref="Capacity"/>.
/// </summary>
public sealed class CoveredUnions(TimeProvider time)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Role, string? CallerUnion, Guid Union), DateTimeOffset> _covered =
        new();

    public bool Remembers(PlatformCaller caller, Guid unionId) =>
        _covered.TryGetValue((caller.Role, caller.UnionId, unionId), out var until) && time.GetUtcNow() < until;

    public void Remember(PlatformCaller caller, Guid unionId)
    {
        if (_covered.Count >= Capacity)
        {
            _covered.Clear();
        }

        _covered[(caller.Role, caller.UnionId, unionId)] = time.GetUtcNow() + KeptFor;
    }
}
