using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.Inbox;
using Volunteer.Messaging.Outbox;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

public sealed class OutboxWriterTests
{
    [Fact]
    public async Task A_row_offered_again_or_at_once_is_written_once_with_one_event_that_wakes_the_relay()
    {
        var scenario = await MessagingScenario.CreateAsync();
        using var consumer = await scenario.StartConsumerAsync();
        // A poll far beyond the patience below: only the writer's own wake-up gets the event out in time.
        var settings = scenario.Settings(scenario.ProducerDatabase);
        settings["Messaging:Outbox:PollInterval"] = "00:01:00";
        using var producer = TestAppHost.Build(settings, consume: false);
        await producer.StartAsync();
        // Let the relay's first round and its listener's first wake-up pass.
        await Task.Delay(TimeSpan.FromSeconds(1));
        // Any mapped row with a unique key will do; the test app's inbox rows are at hand.
        var row = new InboxMessage
        {
            Consumer = "registrations", MessageId = Guid.NewGuid(), ProcessedAt = DateTimeOffset.UtcNow,
        };

        var written = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => InsertAsync(producer, row)));
        var again = await InsertAsync(producer, row);
        await scenario.WaitForEffectsAsync(1, TimeSpan.FromSeconds(10));
        // A second event would have had time to land by now.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var effects = await scenario.CountEffectsAsync();

        Assert.Single(written, inserted => inserted);
        Assert.False(again);
        Assert.Equal((1, 1), effects);
        await Task.WhenAll(producer.StopAsync(), consumer.StopAsync());
    }

    private static async Task<bool> InsertAsync(IHost producer, InboxMessage row)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxWriter>()
            .InsertIfAbsentAsync(row, new NumberRecorded(5), CancellationToken.None);
    }
}
