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
/// database. A run is done when the consumer's database holds one effect per event of the run.
/// </summary>
/// <remarks>
/// Both services run for all the runs, as deployed services do: hosts started for each run kept the
/// JIT recompiling their code through the measured runs (a fifth of the machine's processor time).
/// </remarks>
internal sealed class OutboxPath(IHost producer, IHost consumer) : IAsyncDisposable
{
    private int _written;

    public static async Task<OutboxPath> StartAsync(TestServers servers)
    {
        var broker = (await servers.RabbitMq.CreateVirtualHostAsync()).ToString();
        // Two services, each with its own database, as in production; only the broker is shared.
        var producer = TestAppHost.Build(Settings(await servers.CreateDatabaseAsync(), broker), consume: false);
        var consumer = TestAppHost.Build(Settings(await servers.CreateDatabaseAsync(), broker), consume: true);
        await BusHost.StartAsync(consumer);
        await BusHost.StartAsync(producer);
        return new OutboxPath(producer, consumer);
    }

    public async Task<Measurement> RunAsync(int events, int concurrency)
    {
        var first = _written + 1;
        _written += events;
        var effectsBefore = await CountEffectsAsync();
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        await Parallel.ForEachAsync(
            Enumerable.Range(first, events),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            (number, cancellationToken) => new ValueTask(RecordAsync(number, cancellationToken)));
        var written = Stopwatch.GetElapsedTime(started);
        // Only after the writes, so watching the relay adds no load while they run. Earlier runs left
        // nothing pending: each ended with every event handled.
        await Arrival.WaitForAsync(async () => events - await CountPendingAsync(), events);
        var published = Stopwatch.GetElapsedTime(started);
        await Arrival.WaitForAsync(async () => await CountEffectsAsync() - effectsBefore, events);
        var delivered = Stopwatch.GetElapsedTime(started);
        return new Measurement(events, written, published, delivered, Environment.CpuUsage.TotalTime - cpuBefore);
    }

    public async ValueTask DisposeAsync()
    {
        await producer.StopAsync();
        await consumer.StopAsync();
        producer.Dispose();
        consumer.Dispose();
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
    private async Task RecordAsync(int number, CancellationToken cancellationToken)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        db.RecordedNumbers.Add(new RecordedNumber { Number = number });
        db.AddIntegrationEvent(new NumberRecorded(number));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int> CountPendingAsync()
    {
        await using var scope = producer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.SentAt == null);
    }

    private async Task<int> CountEffectsAsync()
    {
        await using var scope = consumer.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestDbContext>().Effects.CountAsync();
    }
}
