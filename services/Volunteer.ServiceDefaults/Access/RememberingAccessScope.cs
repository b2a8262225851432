using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>A service's access scope that asks whether a union is covered only when it is not remembered.</summary>
internal sealed class RememberingAccessScope(IAccessScope scope, CoveredUnions covered) : IAccessScope
{
    public Task<ResourceOwner?> FindOwnerAsync(string resourceType, Guid id, CancellationToken cancellationToken) =>
        scope.FindOwnerAsync(resourceType, id, cancellationToken);

    public async Task<bool> CoversUnionAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken)
    {
        if (covered.Remembers(caller, unionId))
        {
            return true;
        }

        if (!await scope.CoversUnionAsync(caller, unionId, cancellationToken))
        {
            return false;
        }

        covered.Remember(caller, unionId);
        return true;
    }

    public Task<IReadOnlyCollection<Guid>> TeamsLedByAsync(PlatformCaller caller, CancellationToken cancellationToken) =>
        scope.TeamsLedByAsync(caller, cancellationToken);
}
