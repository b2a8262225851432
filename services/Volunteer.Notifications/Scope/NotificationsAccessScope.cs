using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Notifications.Scope;

/// <summary>
/// Notifications declare no scoped things: each RPC serves the caller's own inbox, keyed by the token's
/// subject, so there is no union, team or person of someone else to reach.
/// </summary>
public sealed class NotificationsAccessScope : IAccessScope
{
    public Task<ResourceOwner?> FindOwnerAsync(string resourceType, Guid id, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Notifications do not know things of type {resourceType}.");

    public Task<bool> CoversUnionAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task<IReadOnlyCollection<Guid>> TeamsLedByAsync(PlatformCaller caller, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyCollection<Guid>>([]);
}
