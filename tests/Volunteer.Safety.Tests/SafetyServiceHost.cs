using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Messaging.Inbox;
using Volunteer.Safety.Data;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>The safety service on its own database and virtual host, with a bus to feed it other services' events.</summary>
public sealed class SafetyServiceHost() : ServiceHost<Program>("safetydb")
{
    private readonly SemaphoreSlim _busLock = new(1, 1);
    private IBusControl? _bus;

    /// <summary>Publishes an event as another service would; a given message id makes a redelivery of an earlier one.</summary>
    public async Task PublishAsync<T>(T message, Guid? messageId = null) where T : class
    {
        await _busLock.WaitAsync();
        try
        {
            if (_bus is null)
            {
                await WaitUntilReadyAsync();
                _bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(Messaging));
                await _bus.StartAsync();
            }
        }
        finally
        {
            _busLock.Release();
        }

        await _bus.Publish(message, context => context.MessageId = messageId ?? context.MessageId);
    }

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

    /// <summary>Publishes an event and waits until the service has handled it (its inbox holds the message).</summary>
    public async Task DeliverAsync<T>(T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        await PublishAsync(message, id);
        await UntilAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == id));
    }

    /// <summary>Runs something against the service's own services (e.g. the expiry scan), in a scope of its own.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        await base.DisposeAsync();
    }
}
