namespace Volunteer.ServiceDefaults.Access;

/// <summary>The owners of the things one request names, looked up once however many grants are tried.</summary>
internal sealed class RequestOwners(Func<IAccessScope> accessScope)
{
    private readonly Dictionary<(string, Guid), ResourceOwner?> _owners = [];
    private IAccessScope? _scope;

    public IAccessScope Scope => _scope ??= accessScope();

    public async Task<ResourceOwner?> FindAsync(string resourceType, Guid id, CancellationToken cancellationToken)
    {
        if (!_owners.TryGetValue((resourceType, id), out var owner))
        {
            owner = _owners[(resourceType, id)] = await Scope.FindOwnerAsync(resourceType, id, cancellationToken);
        }

        return owner;
    }
}
