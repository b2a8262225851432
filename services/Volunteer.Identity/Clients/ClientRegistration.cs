using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Volunteer.Identity.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Identity.Clients;

/// <summary>
/// Brings the stored clients in line with configuration at start (after the database migrator, which is
/// registered first): new ones are added, known ones updated, and ones no longer configured removed.
/// Replicas starting together take turns, or two of them would add the same client and one would fail.
/// </summary>
public sealed class ClientRegistration(IServiceScopeFactory scopes) : IHostedService
{
    private static readonly string[] Known =
        [ClientIds.Console, ClientIds.Operator, ClientIds.Registrar, ClientIds.Development];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database;
        await using var turn = await StartupLock.AcquireAsync(
            database.GetConnectionString()!, typeof(ClientRegistration).FullName!, cancellationToken);
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var wanted = scope.ServiceProvider.GetRequiredService<ClientDescriptors>().All().ToList();
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
