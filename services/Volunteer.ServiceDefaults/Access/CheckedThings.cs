namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Things loaded whole to decide the caller's reach (the edge's owner lookups, the unions of a scope), kept for
/// the rest of the call: a read answers with the very row that was checked instead of reading it again. One per
/// call (scoped); only rows read without change tracking belong here, so nothing a use case changes is shared.
/// </summary>
public sealed class CheckedThings
{
    private readonly Dictionary<(Type Type, Guid Id), object> _things = [];

    public void Keep<T>(Guid id, T thing) where T : class => _things[(typeof(T), id)] = thing;

    /// <summary>The thing of this type and id the edge loaded during this call, or null when it loaded none.</summary>
    public T? Find<T>(Guid id) where T : class => _things.GetValueOrDefault((typeof(T), id)) as T;
}
