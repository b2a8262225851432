namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Declares that the request field at <paramref name="field"/> (proto path, e.g. "team_ids" or "union.id";
/// a repeated field names each of its ids) refers to a <paramref name="resourceType"/> that must be within
/// the caller's reach. A thing out of reach answers exactly as one that does not exist (NOT_FOUND), so a
/// refusal tells nothing; a union out of reach is PERMISSION_DENIED, since the union tree is public.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class InScopeAttribute(string field, string resourceType) : Attribute
{
    public string Field { get; } = field;

    public string ResourceType { get; } = resourceType;

    /// <summary>An empty field is allowed (a filter not used); a set one is still checked.</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// The most ids a repeated field may name; more is refused before any is looked up, so one request
    /// cannot make the edge read the database without bound. The RPC's own bound may be lower.
    /// </summary>
    public int MaxIds { get; init; } = 1000;
}
