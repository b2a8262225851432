using RabbitMQ.Client;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

/// <summary>Looks at the broker's queues directly, the way an operator would.</summary>
internal static class BrokerQueues
{
    /// <summary>
    /// Returns once a consumer listens on the queue: MassTransit starts consuming only after it has
    /// bound the queue to its exchanges, so from then on a publish reaches the queue.
    /// </summary>
    public static async Task WaitForConsumerAsync(Uri broker, string queue)
    {
        var listening = await Eventually.GetAsync(async () => await ConsumerCountAsync(broker, queue) > 0, done => done, TimeSpan.FromSeconds(60));
        Assert.True(listening, $"nobody consumes from {queue}");
    }

    private static async Task<uint?> ConsumerCountAsync(Uri broker, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).ConsumerCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>Ready messages in the queue, or null when it does not exist.</summary>
    public static async Task<uint?> MessageCountAsync(Uri broker, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>The headers of the first message in the queue, left in place.</summary>
    public static async Task<IDictionary<string, object?>> PeekHeadersAsync(Uri broker, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var result = await channel.BasicGetAsync(queue, autoAck: false);
        Assert.NotNull(result);
        await channel.BasicNackAsync(result.DeliveryTag, multiple: false, requeue: true);
        return result.BasicProperties.Headers ?? new Dictionary<string, object?>();
    }
}
