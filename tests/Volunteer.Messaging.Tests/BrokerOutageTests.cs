using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.Outbox;
using Volunteer.Messaging.TestApp;
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
        // The outage outlasted many attempts (well past Messaging:Outbox:MaxAttempts); no row is at fault.
        Assert.Equal(0, await DeadLettersAsync(producer));
        await producer.StopAsync();
        await consumer.StopAsync();
    }

    private static async Task<int> DeadLettersAsync(IHost producer)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.DeadLetteredAt != null);
    }
}
