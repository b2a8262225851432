using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>A queue of the test's own, bound to the exchange MassTransit publishes one event type to.</summary>
public sealed class EventWatch : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private EventWatch(IConnection connection, IChannel channel, string queue) => (_connection, _channel, _queue) = (connection, channel, queue);

    public static async Task<EventWatch> StartAsync(Uri messaging, string eventName)
    {
        var connection = await new ConnectionFactory { Uri = messaging }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = $"Volunteer.Contracts.Events:{eventName}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "");
        return new EventWatch(connection, channel, queue);
    }

    /// <summary>The next event's message, waiting for it; the raw body too, to check what it must not carry.</summary>
    public async Task<(JsonElement Message, string Body)> NextAsync()
    {
        var delivered = await Eventually.GetAsync(() => _channel.BasicGetAsync(_queue, autoAck: true), d => d is not null);
        Assert.NotNull(delivered);
        var body = Encoding.UTF8.GetString(delivered.Body.Span);
        return (JsonDocument.Parse(body).RootElement.GetProperty("message"), body);
    }

    /// <summary>The next event whose message passes the filter; others are skipped.</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> wanted)
    {
        while (true)
        {
            var (message, _) = await NextAsync();
            if (wanted(message))
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
