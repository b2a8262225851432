using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Benchmarks;

/// <summary>
/// The baseline: plain MassTransit on the same broker, no outbox, no inbox, no retry; the same events
/// published straight from the writers with IBus.Publish (publisher confirms on, MassTransit's default)
/// and counted in memory by a consumer with the platform's prefetch. A run is done when the count has grown
/// by the run's events. Like the outbox path, one host serves all the runs.
/// </summary>
internal sealed class DirectPath(IHost host) : IAsyncDisposable
{
    public static async Task<DirectPath> StartAsync(TestServers servers)
    {
        var broker = await servers.RabbitMq.CreateVirtualHostAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(BusHost.QuietLogging);
        builder.Services.AddSingleton<ReceivedCount>();
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<CountingConsumer>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker);
                rabbit.PrefetchCount = BenchmarkSettings.PrefetchCount;
                rabbit.ConfigureEndpoints(context);
            });
        });
        var host = builder.Build();
        await BusHost.StartAsync(host);
        return new DirectPath(host);
    }

    public async Task<Measurement> RunAsync(int events, int concurrency)
    {
        var bus = host.Services.GetRequiredService<IBus>();
        var received = host.Services.GetRequiredService<ReceivedCount>();
        var receivedBefore = received.Value;
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        await Parallel.ForEachAsync(
            Enumerable.Range(1, events),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            (number, cancellationToken) => new ValueTask(bus.Publish(new NumberRecorded(number), cancellationToken)));
        var written = Stopwatch.GetElapsedTime(started);
        await Arrival.WaitForAsync(() => Task.FromResult(received.Value - receivedBefore), events);
        var delivered = Stopwatch.GetElapsedTime(started);
        return new Measurement(events, written, written, delivered, Environment.CpuUsage.TotalTime - cpuBefore);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
