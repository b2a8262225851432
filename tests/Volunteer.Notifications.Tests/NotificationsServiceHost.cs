using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Notifications.V1;
using Volunteer.Notifications.Data;
using Volunteer.Testing;

namespace Volunteer.Notifications.Tests;

/// <summary>The notifications service on its own database and virtual host, fed other services' events.</summary>
public class NotificationsServiceHost() : EventFedServiceHost<Program, NotificationsDbContext>("notificationsdb")
{
    public async Task<T> InScopeAsync<T>(Func<NotificationsDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public NotificationsService.NotificationsServiceClient Client() => new(CreateChannel());
}
