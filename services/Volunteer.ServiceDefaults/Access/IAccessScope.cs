using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>What a service knows that access decisions need; each service implements it on its own data.</summary>
public interface IAccessScope
{
    /// <summary>The owner of a thing of a resource type this service declares, or null when it does not exist.</summary>
    Task<ResourceOwner?> FindOwnerAsync(string resourceType, Guid id, CancellationToken cancellationToken);

    /// <summary>Whether the union is the caller's own or one below it.</summary>
    Task<bool> CoversUnionAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken);

    /// <summary>The teams the caller is captain of (empty for everyone but captains).</summary>
    Task<IReadOnlyCollection<Guid>> TeamsLedByAsync(PlatformCaller caller, CancellationToken cancellationToken);
}
