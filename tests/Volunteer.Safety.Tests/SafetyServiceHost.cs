using Microsoft.Extensions.DependencyInjection;
using Volunteer.Safety.Data;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>The safety service on its own database and virtual host, with a bus to feed it other services' events.</summary>
public sealed class SafetyServiceHost() : EventFedServiceHost<Program, SafetyDbContext>("safetydb")
{
    /// <summary>Waits until the service's database shows what a consumed event should have done.</summary>
    public async Task UntilAsync(Func<SafetyDbContext, Task<bool>> condition)
    {
        var done = await Eventually.GetAsync(async () =>
        {
            await using var scope = Services.CreateAsyncScope();
            return await condition(scope.ServiceProvider.GetRequiredService<SafetyDbContext>());
        }, ok => ok);
        Assert.True(done, "The service did not reach the expected state in time.");
    }

    /// <summary>Runs something against the service's own services (e.g. the expiry scan), in a scope of its own.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
