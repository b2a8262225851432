using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Messaging.Inbox;
using Xunit;

namespace Volunteer.Testing;

/// <summary>
/// A <see cref="ServiceHost{TProgram}"/> fed other services' events through a <see cref="TestEventBus"/> on its
/// virtual host, able to wait until its inbox (in <typeparamref name="TContext"/>) shows one was handled.
/// </summary>
public abstract class EventFedServiceHost<TProgram, TContext>(string databaseConnectionName)
    : ServiceHost<TProgram>(databaseConnectionName)
    where TProgram : class
    where TContext : DbContext
{
    private TestEventBus? _bus;

    private TestEventBus Bus => _bus ??= new TestEventBus(Messaging, WaitUntilReadyAsync);

    /// <summary>Publishes as another service would; a given message id makes a redelivery of an earlier one.</summary>
    public Task<Guid> PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        Bus.PublishAsync(message, messageId);

    /// <summary>Publishes an event and waits until the service has handled it (its inbox holds the message).</summary>
    public async Task DeliverAsync<T>(T message, Guid? messageId = null) where T : class =>
        await WaitUntilConsumedAsync(await PublishAsync(message, messageId));

    /// <summary>Waits until the inbox holds the message: it was handled (or skipped as a duplicate).</summary>
    public async Task WaitUntilConsumedAsync(Guid messageId)
    {
        var consumed = await Eventually.GetAsync(async () =>
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TContext>()
                .Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId);
        }, done => done);
        Assert.True(consumed, $"Message {messageId} was never consumed.");
    }

    public override async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
