using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Changes_written_while_the_broker_is_down_all_arrive_exactly_once_after_it_returns()
    {
        await using var broker = await PrivateRabbitMq.StartAsync(TemporaryDirectory.Create("volunteer-broker-"));
        var scenario = await MessagingScenario.CreateAsync(broker.Node.AmqpUri);
        using var consumer = scenario.Consumer();
        using var producer = scenario.Producer();
        await consumer.StartAsync();
        await producer.StartAsync();
        await MessagingScenario.WaitForBrokerAsync(consumer);

        await broker.StopAsync();
        await MessagingScenario.RecordNumbersAsync(producer, Enumerable.Range(1, 1000));
        await broker.StartAgainAsync();
        var effects = await scenario.WaitForEffectsAsync(1000, TimeSpan.FromMinutes(2));
        // Anything published twice would have had time to land by now.
        await Task.Delay(TimeSpan.FromSeconds(1));
        effects = await scenario.CountEffectsAsync();

        Assert.Equal((1000, 1000), effects);
        await producer.StopAsync();
        await consumer.StopAsync();
    }
}
