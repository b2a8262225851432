using Volunteer.Identity.Data;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Identity.Scope;

/// <summary>
/// Whose the things identity's requests name are: unions from the replicated tree, accounts by the union
/// that holds all they are and may do (see <see cref="AccountOwners"/>), teams and volunteers by their
/// union as roster's events told.
/// </summary>
public sealed class IdentityAccessScope(KnownUnions unions, AccountOwners accounts, AccountsDbContext db) : IAccessScope
{
    public async Task<ResourceOwner?> FindOwnerAsync(string resourceType, Guid id, CancellationToken cancellationToken)
    {
        var union = resourceType switch
        {
            ResourceTypes.Union => (await unions.FindAsync(id, cancellationToken))?.Id,
            IdentityResourceTypes.Account => await accounts.UnionOfAsync(id, cancellationToken),
            ResourceTypes.Team => (await db.Teams.FindAsync([id], cancellationToken))?.UnionId,
            ResourceTypes.StaffVolunteer => (await db.Volunteers.FindAsync([id], cancellationToken))?.UnionId,
            _ => throw new InvalidOperationException($"Identity does not know things of type {resourceType}."),
        };
        return union is { } owner ? ResourceOwner.Union(owner) : null;
    }

    public Task<bool> CoversUnionAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken) =>
        unions.CoversAsync(caller, unionId, cancellationToken);

    // No identity RPC admits captains.
    public Task<IReadOnlyCollection<Guid>> TeamsLedByAsync(PlatformCaller caller, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyCollection<Guid>>([]);
}
