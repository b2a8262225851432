using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.Outbox;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

public sealed class OutboxNotificationTests
{
    // Far beyond the patience below: only a notification can wake the listening relay in time.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_relay_publishes_a_row_another_replica_committed_without_waiting_for_its_poll()
    {
        var scenario = await MessagingScenario.CreateAsync();
        using var consumer = await scenario.StartConsumerAsync();
        using var writer = await StartWriterAsync(scenario);
        using var relaying = await StartRelayingReplicaAsync(scenario);

        await MessagingScenario.RecordNumbersAsync(writer, [1]);
        var effects = await scenario.WaitForEffectsAsync(1, Patience);

        Assert.Equal((1, 1), effects);
        await Task.WhenAll(relaying.StopAsync(), writer.StopAsync(), consumer.StopAsync());
    }

    [Fact]
    public async Task The_listener_listens_again_after_its_session_is_terminated()
    {
        var scenario = await MessagingScenario.CreateAsync();
        using var consumer = await scenario.StartConsumerAsync();
        using var writer = await StartWriterAsync(scenario);
        using var relaying = await StartRelayingReplicaAsync(scenario);

        var terminated = DateTime.UtcNow;
        Assert.Equal(2, await ListenerSessions.TerminateAsync(scenario.ProducerDatabase));
        await WaitForListenersAsync(scenario, since: terminated);
        await MessagingScenario.RecordNumbersAsync(writer, [1]);
        var effects = await scenario.WaitForEffectsAsync(1, Patience);

        Assert.Equal((1, 1), effects);
        await Task.WhenAll(relaying.StopAsync(), writer.StopAsync(), consumer.StopAsync());
    }

    // A replica that writes and notifies, but whose relay is stopped, so it publishes nothing itself.
    private static async Task<IHost> StartWriterAsync(MessagingScenario scenario)
    {
        var writer = scenario.Producer();
        await writer.StartAsync();
        await writer.Services.GetServices<IHostedService>().OfType<OutboxRelay<TestDbContext>>().Single()
            .StopAsync(CancellationToken.None);
        return writer;
    }

    // A replica that commits nothing itself and polls once a minute.
    private static async Task<IHost> StartRelayingReplicaAsync(MessagingScenario scenario)
    {
        var settings = scenario.Settings(scenario.ProducerDatabase);
        settings["Messaging:Outbox:PollInterval"] = "00:01:00";
        var relaying = TestAppHost.Build(settings, consume: false);
        await relaying.StartAsync();
        await WaitForListenersAsync(scenario, since: DateTime.UnixEpoch);
        return relaying;
    }

    // Both replicas' listeners, in sessions opened after the given moment.
    private static async Task WaitForListenersAsync(MessagingScenario scenario, DateTime since)
    {
        var listening = await Eventually.GetAsync(
            () => ListenerSessions.CountAsync(scenario.ProducerDatabase, since), count => count == 2);
        Assert.Equal(2, listening);
        // A listener wakes its relay once when it starts listening; let that wake-up pass first.
        await Task.Delay(TimeSpan.FromSeconds(1));
    }
}
