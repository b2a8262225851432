using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Messaging.Outbox;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

public sealed class OutboxRelayTests
{
    [Fact]
    public async Task Two_relays_over_one_outbox_publish_each_row_once()
    {
        var scenario = await MessagingScenario.CreateAsync();
        var deliveries = new ConcurrentDictionary<Guid, int>();
        using var counter = ObservingHost.Build<DeliveryCounter, ConcurrentDictionary<Guid, int>>(scenario.Broker, deliveries);
        await counter.StartAsync();
        await MessagingScenario.WaitForBrokerAsync(counter);
        // Rows first, relays after: both relays then compete for the same backlog.
        using var first = scenario.Producer();
        using var second = scenario.Producer();
        await using (var scope = first.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.MigrateAsync();
        }

        await MessagingScenario.RecordNumbersAsync(first, Enumerable.Range(1, 1000));
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await Eventually.GetAsync(() => Task.FromResult(deliveries.Count), c => c >= 1000, TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(1000, deliveries.Count);
        Assert.All(deliveries.Values, count => Assert.Equal(1, count));
        await Task.WhenAll(first.StopAsync(), second.StopAsync(), counter.StopAsync());
    }

    [Fact]
    public async Task The_consumer_works_in_the_trace_of_the_change_that_wrote_the_event()
    {
        var consumed = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            // What the services export: MassTransit's sources and the platform's own.
            ShouldListenTo = source => source.Name == "MassTransit" || source.Name.StartsWith("Volunteer.", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Kind == ActivityKind.Consumer)
                {
                    consumed.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var scenario = await MessagingScenario.CreateAsync();
        using var consumer = await scenario.StartConsumerAsync();
        using var producer = scenario.Producer();
        await producer.StartAsync();

        ActivityTraceId traceId;
        using (var change = new Activity("record number").Start())
        {
            traceId = change.TraceId;
            await MessagingScenario.RecordNumbersAsync(producer, [42]);
        }

        var joined = await Eventually.GetAsync(() => Task.FromResult(consumed.Any(a => a.TraceId == traceId)), found => found);

        Assert.True(joined, "no consume activity in the trace of the change");
        await producer.StopAsync();
        await consumer.StopAsync();
    }
}
