using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.Outbox;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Benchmarks;

/// <summary>
/// The platform path: a producer service commits each change together with its event (outbox), its relay
/// publishes with confirms, and a consumer service handles each event through the inbox into its own
/// database. Done when the consumer's database holds one effect per event.
/// </summary>
internal static class OutboxPath
{
    public static async Task<Measurement> RunAsync(TestServers servers, int events, int concurrency)
    {
        var broker = (await servers.RabbitMq.CreateVirtualHostAsync()).ToString();
        // Two services, each with its own database, as in production; only the broker is shared.
        using var producer = TestAppHost.Build(Settings(await servers.CreateDatabaseAsync(), broker), consume: false);
        using var consumer = TestAppHost.Build(Settings(await servers.CreateDatabaseAsync(), broker), consume: true);
        await BusHost.StartAsync(consumer);
        await BusHost.StartAsync(producer);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            await Parallel.ForEachAsync(
                Enumerable.Range(1, events),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency },
                (number, cancellationToken) => new ValueTask(RecordAsync(producer, number, cancellationToken)));
            var written = Stopwatch.GetElapsedTime(started);
            // Only after the writes, so watching the relay adds no load while they run.
            await Arrival.WaitForAsync(async () => events - await CountPendingAsync(producer), events);
            var published = Stopwatch.GetElapsedTime(started);
            await Arrival.WaitForAsync(() => CountEffectsAsync(consumer), events);
            var delivered = Stopwatch.GetElapsedTime(started);
            return new Measurement(events, written, published, delivered, Environment.CpuUsage.TotalTime - cpuBefore);
        }
        finally
        {
            await producer.StopAsync();
            await consumer.StopAsync();
        }
    }

    private static Dictionary<string, string?> Settings(string database, string broker) => new(BusHost.QuietLogging)
    {
        [$"ConnectionStrings:{TestAppHost.DatabaseName}"] = database,
        [$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = broker,
        // Commits in this process wake the relay at once; the poll only catches what a wake-up missed,
        // and must not leave the relay idle for long if one is missed.
        [$"{OutboxOptions.SectionName}:PollInterval"] = "00:00:00.050",
        ["Messaging:PrefetchCount"] = BenchmarkSettings.PrefetchCount.ToString(CultureInfo.InvariantCulture),
    };

    // One request's work: one change and its event, one transaction (SaveChangesAsync commits both).
    private static async Task RecordAsync(IHost producer, int number, CancellationToken cancellationToken)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        db.RecordedNumbers.Add(new RecordedNumber { Number = number });
        db.AddIntegrationEvent(new NumberRecorded(number));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<int> CountPendingAsync(IHost producer)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestDbContext>().Set<OutboxMessage>().CountAsync(m => m.SentAt == null);
    }

    private static async Task<int> CountEffectsAsync(IHost consumer)
    {
        await using var scope = consumer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestDbContext>().Effects.CountAsync();
    }
}
