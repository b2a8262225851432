using Volunteer.Messaging.Benchmarks;
using Volunteer.Testing;
using Volunteer.Testing.Benchmarking;

// End-to-end throughput of the platform's outbox path against a plain MassTransit publish, measured
// on this machine in one run. See BenchmarkSettings for the knobs.
if (BenchmarkSettings.Parse(args) is not { } settings)
{
    Console.Error.WriteLine(BenchmarkSettings.Usage);
    return 2;
}

Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ ...");
var servers = await TestServers.GetAsync();

await using var outboxPath = await OutboxPath.StartAsync(servers);
await using var directPath = await DirectPath.StartAsync(servers);

// Whole runs of each path first, so JIT compilation stays out of the figures: the outbox path runs much more
// code than the direct one, and its recompilation to optimised code lags many seconds behind the first calls
// (a warm-up of 1,000 events left the first measured run at twice the CPU per event of the later ones).
Console.WriteLine(
    $"Warming up both paths with {BenchmarkSettings.WarmUpRuns} runs of {settings.Events} events each ...");
for (var run = 0; run < BenchmarkSettings.WarmUpRuns; run++)
{
    Report.Print(
        await outboxPath.RunAsync(settings.Events, BenchmarkSettings.Concurrency),
        await directPath.RunAsync(settings.Events, BenchmarkSettings.Concurrency));
}

// One path after the other so neither competes with the other, alternating so that a change in the
// machine's load falls on both.
Console.WriteLine($"Measuring {settings.Events} events per path, {BenchmarkSettings.Runs} runs each ...");
var directRuns = new List<double>();
var outbox = await Sample.OfAsync(BenchmarkSettings.Runs, async () =>
{
    var outboxRun = await outboxPath.RunAsync(settings.Events, BenchmarkSettings.Concurrency);
    var directRun = await directPath.RunAsync(settings.Events, BenchmarkSettings.Concurrency);
    Report.Print(outboxRun, directRun);
    directRuns.Add(directRun.EventsPerSecond);
    return outboxRun.EventsPerSecond;
});

Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
BenchLine.Print("outbox", "events/s", outbox, "direct MassTransit", new Sample(directRuns), "≥ 0.5");

// The private servers, if this run started them, stop when the process exits.
return 0;
