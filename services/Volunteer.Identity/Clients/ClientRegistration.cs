using OpenIddict.Abstractions;
using Volunteer.Identity.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Identity.Clients;

/// <summary>
/// Brings the stored clients in line with configuration at start: new ones are added, known ones updated,
/// and ones no longer configured removed. Replicas starting together take turns, or two of them would add
/// the same client and one would fail.
/// </summary>
internal sealed class ClientRegistration(IOpenIddictApplicationManager manager, ClientDescriptors descriptors)
    : IStartupStep<AccountsDbContext>
{
    private static readonly string[] Known =
        [ClientIds.Console, ClientIds.Operator, ClientIds.Registrar, ClientIds.Development];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var wanted = descriptors.All().ToList();
        foreach (var descriptor in wanted)
        {
            if (await manager.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
            {
                await manager.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await manager.CreateAsync(descriptor, cancellationToken);
            }
        }

        foreach (var clientId in Known.Except(wanted.Select(d => d.ClientId!)))
        {
            if (await manager.FindByClientIdAsync(clientId, cancellationToken) is { } unwanted)
            {
                await manager.DeleteAsync(unwanted, cancellationToken);
            }
        }
    }
}
