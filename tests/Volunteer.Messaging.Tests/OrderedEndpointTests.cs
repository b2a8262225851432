using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

/// <summary>
/// An endpoint made ordered: a single-active-consumer queue under a new name, the queue it replaces (left by
/// an earlier version, bound as MassTransit binds it) removed when empty and kept, taking nothing new, when not.
/// </summary>
public sealed class OrderedEndpointTests
{
    private const string OrderedQueue = "testapp-number-recorded-ordered";
    private const string ReplacedQueue = "testapp-number-recorded";

    [Fact]
    public async Task Two_replicas_on_an_ordered_queue_record_every_number_once_and_the_empty_replaced_queue_goes()
    {
        var scenario = await MessagingScenario.CreateAsync();
        await DeclareReplacedQueueAsync(scenario.Broker, leftMessages: 0);
        using var first = await StartOrderedConsumerAsync(scenario);
        using var second = await StartOrderedConsumerAsync(scenario);
        using var producer = scenario.Producer();
        await producer.StartAsync();

        await MessagingScenario.RecordNumbersAsync(producer, Enumerable.Range(1, 200));
        var effects = await scenario.WaitForEffectsAsync(200, TimeSpan.FromMinutes(1));

        Assert.Equal((200, 200), effects);
        // The broker accepts the declaration only if the queue already has exactly this argument.
        await using var connection = await new ConnectionFactory { Uri = scenario.Broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(OrderedQueue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-single-active-consumer"] = true });
        Assert.Null(await Eventually.GetAsync(
            () => BrokerQueues.MessageCountAsync(scenario.Broker, ReplacedQueue), left => left is null));
        await producer.StopAsync();
    }

    [Fact]
    public async Task A_replaced_queue_still_holding_messages_is_kept_and_takes_nothing_new()
    {
        var scenario = await MessagingScenario.CreateAsync();
        await DeclareReplacedQueueAsync(scenario.Broker, leftMessages: 1);
        using var consumer = await StartOrderedConsumerAsync(scenario);
        using var producer = scenario.Producer();
        await producer.StartAsync();

        Assert.False(await Eventually.GetAsync(
            () => ExchangeExistsAsync(scenario.Broker, ReplacedQueue), exists => !exists));
        await MessagingScenario.RecordNumbersAsync(producer, Enumerable.Range(1, 20));
        await scenario.WaitForEffectsAsync(20, TimeSpan.FromMinutes(1));

        Assert.Equal(1u, await BrokerQueues.MessageCountAsync(scenario.Broker, ReplacedQueue));
        await producer.StopAsync();
    }

    private static async Task<IHost> StartOrderedConsumerAsync(MessagingScenario scenario)
    {
        var settings = scenario.Settings(scenario.ConsumerDatabase);
        settings["TestApp:OrderedQueue"] = OrderedQueue;
        settings["TestApp:ReplacesQueue"] = ReplacedQueue;
        var consumer = TestAppHost.Build(settings, consume: true);
        await consumer.StartAsync();
        await MessagingScenario.WaitForBrokerAsync(consumer);
        return consumer;
    }

    // As an earlier version left it: the queue behind an exchange of its name, bound to the event's exchange.
    private static async Task DeclareReplacedQueueAsync(Uri broker, int leftMessages)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(ReplacedQueue, ExchangeType.Fanout, durable: true);
        await channel.QueueDeclareAsync(ReplacedQueue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(ReplacedQueue, ReplacedQueue, routingKey: "");
        var eventExchange = $"{typeof(NumberRecorded).Namespace}:{nameof(NumberRecorded)}";
        await channel.ExchangeDeclareAsync(eventExchange, ExchangeType.Fanout, durable: true);
        await channel.ExchangeBindAsync(ReplacedQueue, eventExchange, routingKey: "");
        for (var message = 0; message < leftMessages; message++)
        {
            await channel.BasicPublishAsync("", ReplacedQueue, "{}"u8.ToArray());
        }
    }

    private static async Task<bool> ExchangeExistsAsync(Uri broker, string exchange)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.ExchangeDeclarePassiveAsync(exchange);
            return true;
        }
        catch (OperationInterruptedException)
        {
            return false;
        }
    }
}
