using System.Globalization;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>What the service publishes, read from queues of the test's own bound to the events' exchanges.</summary>
internal static class PublishedEvents
{
    /// <summary>A queue of the test's own, bound to the exchange MassTransit publishes the event type to.</summary>
    public static async Task<string> WatchAsync(IChannel channel, string eventName)
    {
        var exchange = $"Volunteer.Contracts.Events:{eventName}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "");
        return queue;
    }

    public static async Task<JsonElement> NextAsync(IChannel channel, string queue)
    {
        var delivered = await Eventually.GetAsync(
            () => channel.BasicGetAsync(queue, autoAck: true), d => d is not null);
        Assert.NotNull(delivered);
        return JsonDocument.Parse(Encoding.UTF8.GetString(delivered.Body.Span)).RootElement.GetProperty("message");
    }

    /// <summary>MassTransit writes decimals as JSON strings so no precision is lost.</summary>
    public static decimal Decimal(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture)
        : value.GetDecimal();
}
