using Microsoft.AspNetCore.DataProtection;
using Volunteer.Identity.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Identity.Keys;

/// <summary>
/// Makes sure the Data Protection key ring (sign-in cookies, anti-forgery tokens) exists in the identity
/// database before the pages open. Replicas starting together take turns, so the first makes the key and
/// the others read it instead of each making its own, which the others would not know for up to a day:
/// a sign-in page served by one replica could not be posted to another. It must come before Data
/// Protection's own hosted service, which loads the ring at start and makes a key where it finds none.
/// </summary>
internal sealed class SharedKeyRing(IDataProtectionProvider protection) : IStartupStep<AccountsDbContext>
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        // Protecting anything resolves the key ring, reading it from the database or creating its first key.
        protection.CreateProtector(typeof(SharedKeyRing).FullName!).Protect([]);
        return Task.CompletedTask;
    }
}
