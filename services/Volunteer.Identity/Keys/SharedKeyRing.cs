using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Volunteer.Identity.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Identity.Keys;

/// <summary>
/// Makes sure the Data Protection key ring (sign-in cookies, anti-forgery tokens) exists in the identity
/// database before the pages open. Replicas starting together take turns, so the first makes the key and
/// the others read it instead of each making its own, which the others would not know for up to a day:
/// a sign-in page served by one replica could not be posted to another.
/// </summary>
internal sealed class SharedKeyRing(IServiceScopeFactory scopes, IDataProtectionProvider protection) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database;
        await using var turn = await StartupLock.AcquireAsync(
            database.GetConnectionString()!, typeof(SharedKeyRing).FullName!, cancellationToken);
        // Protecting anything resolves the key ring, reading it from the database or creating its first key.
        protection.CreateProtector(typeof(SharedKeyRing).FullName!).Protect([]);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
