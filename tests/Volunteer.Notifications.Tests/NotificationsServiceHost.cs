using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Notifications.V1;
using Volunteer.Messaging.Inbox;
using Volunteer.Notifications.Data;
using Volunteer.Testing;

namespace Volunteer.Notifications.Tests;

/// <summary>The notifications service on its own database and virtual host, fed other services' events.</summary>
public class NotificationsServiceHost() : ServiceHost<Program>("notificationsdb")
{
    private TestEventBus? _bus;

    private TestEventBus Bus => _bus ??= new TestEventBus(Messaging, WaitUntilReadyAsync);

    /// <summary>Publishes an event and waits until the service has handled it (its inbox holds the message).</summary>
    public async Task DeliverAsync<T>(T message, Guid? messageId = null) where T : class
    {
        var id = await Bus.PublishAsync(message, messageId);
        var handled = await Eventually.GetAsync(() => InScopeAsync(db =>
            db.Set<InboxMessage>().AnyAsync(m => m.MessageId == id)), done => done);
        Assert.True(handled, $"The service did not handle the {typeof(T).Name} in time.");
    }

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

    public override async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
