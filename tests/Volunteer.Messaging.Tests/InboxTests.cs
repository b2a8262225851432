using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

public sealed class InboxTests
{
    [Fact]
    public async Task A_message_delivered_twice_has_one_effect()
    {
        using var metrics = new MetricTotals();
        var scenario = await MessagingScenario.CreateAsync();
        using var consumer = await scenario.StartConsumerAsync();
        var bus = consumer.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();

        await bus.Publish(new NumberRecorded(7), context => context.MessageId = messageId);
        await bus.Publish(new NumberRecorded(7), context => context.MessageId = messageId);
        await Eventually.GetAsync(() => Task.FromResult(metrics["volunteer.inbox.duplicates_skipped"]), skipped => skipped > 0);
        var effects = await scenario.CountEffectsAsync();

        Assert.Equal(1, metrics["volunteer.inbox.duplicates_skipped"]);
        Assert.Equal((1, 1), effects);
        await consumer.StopAsync();
    }

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queue_after_its_retries_while_the_others_flow()
    {
        using var metrics = new MetricTotals();
        var scenario = await MessagingScenario.CreateAsync();
        using var consumer = await scenario.StartConsumerAsync();
        var bus = consumer.Services.GetRequiredService<IBus>();

        await bus.Publish(new NumberRecorded(-1));
        foreach (var number in Enumerable.Range(1, 20))
        {
            await bus.Publish(new NumberRecorded(number));
        }

        var effects = await scenario.WaitForEffectsAsync(20, TimeSpan.FromSeconds(30));
        var inError = await Eventually.GetAsync(() => BrokerQueues.MessageCountAsync(scenario.Broker, "testapp-number-recorded_error"), c => c == 1);
        var headers = await BrokerQueues.PeekHeadersAsync(scenario.Broker, "testapp-number-recorded_error");

        Assert.Equal((20, 20), effects);
        Assert.Equal(1u, inError);
        // The first attempt and the two configured retries, then no more.
        Assert.Equal(3, consumer.Services.GetRequiredService<PoisonAttempts>().Count);
        Assert.Equal(1, metrics["volunteer.consume.faults"]);
        Assert.Contains("InvalidOperationException", System.Text.Encoding.UTF8.GetString((byte[])headers["MT-Fault-ExceptionType"]!));
        await consumer.StopAsync();
    }
}
