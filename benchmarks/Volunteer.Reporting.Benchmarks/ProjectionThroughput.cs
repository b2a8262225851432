using System.Diagnostics;
using Npgsql;
using Volunteer.Reporting.Projections;
using Volunteer.Testing;
using Volunteer.Testing.Benchmarking;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>
/// Reporting's projections against direct consumption: the same realistic stream of events is put on a
/// queue of a fresh virtual host before anything consumes it, then reporting starts and projects it, or a
/// MassTransit consumer with the same prefetch only counts it. Rates are events per second from the first
/// event taken to the last, so the service's start-up is not counted.
/// </summary>
internal static class ProjectionThroughput
{
    private const int Activities = 1_000;
    private const int Runs = 3;
    private static readonly TimeSpan Probe = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(3);

    public static async Task RunAsync()
    {
        var servers = await TestServers.GetAsync();
        var events = ProjectionStream.Of(Activities).Sum(group => group.Count);
        Console.WriteLine(
            $"Projections: {events:N0} events from {Activities:N0} activities, {Runs} runs each; load {Load()}.");
        // One run of each first, not counted: the first host in the process projects with code the tiered JIT
        // has not optimised yet.
        Shown("direct (warm-up)", await DirectAsync(servers));
        Shown("projected (warm-up)", await ProjectedAsync(servers));
        var direct = await Sample.OfAsync(Runs, async () => Shown("direct", await DirectAsync(servers)));
        var projected = await Sample.OfAsync(Runs, async () => Shown("projected", await ProjectedAsync(servers)));
        Console.WriteLine($"Projections measured; load {Load()}.");
        BenchLine.Print("projections", "events/s", projected, "direct consumption", direct, "≥ 0.25");
    }

    private static double Shown(string run, double eventsPerSecond)
    {
        Console.WriteLine($"  {run}: {eventsPerSecond:N0} events/s");
        return eventsPerSecond;
    }

    private static async Task<double> DirectAsync(TestServers servers)
    {
        var virtualHost = await servers.RabbitMq.CreateVirtualHostAsync();
        var stream = ProjectionStream.Of(Activities).ToList();
        await ProjectionQueue.FillAsync(virtualHost, "direct-consumption", stream);
        var counter = new ProjectionCounter();
        var bus = ProjectionQueue.Bus(virtualHost, "direct-consumption", counter, ProjectionRegistration.PrefetchCount);
        await bus.StartAsync();
        var rate = await RateAsync(stream.Sum(group => group.Count), () => Task.FromResult(counter.Count));
        await bus.StopAsync();
        return rate;
    }

    private static async Task<double> ProjectedAsync(TestServers servers)
    {
        var virtualHost = await servers.RabbitMq.CreateVirtualHostAsync();
        var stream = ProjectionStream.Of(Activities).ToList();
        await ProjectionQueue.FillAsync(virtualHost, ProjectionRegistration.QueueName, stream);
        await using var host = new ProjectionBenchmarkHost(virtualHost);
        await host.InitializeAsync();
        _ = host.Server; // starts the service, which starts consuming
        await using var db = new NpgsqlConnection(host.DatabaseConnectionString);
        await db.OpenAsync();
        var total = stream.Sum(group => group.Count);
        return await RateAsync(total, () => ProjectedCountAsync(db, total));
    }

    /// <summary>
    /// The events projected so far. The probe runs 50 times a second on the cores the service is measured on,
    /// so it reads the highest sequence number from the key's index, where count(*) scans the table (4-13 ms at
    /// 19,000 rows). A batch rolled back leaves a gap in the sequence, so the rows are counted once the highest
    /// number says all of them are in.
    /// </summary>
    private static async Task<long> ProjectedCountAsync(NpgsqlConnection db, long total)
    {
        try
        {
            var highest = await ScalarAsync(db, "select coalesce(max(sequence), 0) from projected_events");
            return highest < total ? highest : await ScalarAsync(db, "select count(*) from projected_events");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // the service has not created its tables yet
        }
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Events per second from the first probe that saw any consumed to the one that saw them all. Gives up
    /// once nothing more has been consumed for a while (start-up included): a queue that never drains
    /// fails the run instead of holding the bench.
    /// </summary>
    private static async Task<double> RateAsync(long total, Func<Task<long>> consumed)
    {
        var idle = Stopwatch.StartNew();
        long first;
        while ((first = await consumed()) == 0)
        {
            await WaitAsync(idle, 0, total);
        }

        var clock = Stopwatch.StartNew();
        idle.Restart();
        for (long seen = first, now; (now = await consumed()) < total; seen = now)
        {
            if (now > seen)
            {
                idle.Restart();
            }

            await WaitAsync(idle, now, total);
        }

        return (total - first) / clock.Elapsed.TotalSeconds;
    }

    private static Task WaitAsync(Stopwatch idle, long consumed, long total) => idle.Elapsed < Stall
        ? Task.Delay(Probe)
        : throw new TimeoutException($"Nothing consumed for {Stall.TotalMinutes} min: {consumed:N0} of {total:N0}.");

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
