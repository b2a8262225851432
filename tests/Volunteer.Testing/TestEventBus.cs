using MassTransit;

namespace Volunteer.Testing;

/// <summary>
/// A bus of the test's own on a service's virtual host, publishing events as other services would. It
/// connects at the first publish, once the service has bound its queues.
/// </summary>
public sealed class TestEventBus(Uri messaging, Func<Task> untilServiceReady) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private IBusControl? _bus;

    /// <summary>Publishes with the given message id (a redelivery of an earlier one) or a fresh one.</summary>
    public async Task<Guid> PublishAsync<T>(T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        await (await ConnectedAsync()).Publish(message, context => context.MessageId = id);
        return id;
    }

    private async Task<IBusControl> ConnectedAsync()
    {
        await _connecting.WaitAsync();
        try
        {
            if (_bus is null)
            {
                await untilServiceReady();
                var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(messaging));
                await bus.StartAsync();
                _bus = bus;
            }

            return _bus;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }
    }
}
