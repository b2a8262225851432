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
/// and counted in memory by a consumer with the platform's prefetch. Done when the count reaches the number of events.
/// </summary>
internal static class DirectPath
{
    public static async Task<Measurement> RunAsync(TestServers servers, int events, int concurrency)
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
        using var host = builder.Build();
        await BusHost.StartAsync(host);
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var received = host.Services.GetRequiredService<ReceivedCount>();
            var started = Stopwatch.GetTimestamp();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            await Parallel.ForEachAsync(
                Enumerable.Range(1, events),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency },
                (number, cancellationToken) => new ValueTask(bus.Publish(new NumberRecorded(number), cancellationToken)));
            var written = Stopwatch.GetElapsedTime(started);
            await Arrival.WaitForAsync(() => Task.FromResult(received.Value), events);
            var delivered = Stopwatch.GetElapsedTime(started);
            return new Measurement(events, written, written, delivered, Environment.CpuUsage.TotalTime - cpuBefore);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
