using Volunteer.Messaging.Benchmarks;
using Volunteer.Testing;

// End-to-end throughput of the platform's outbox path against a plain MassTransit publish, measured
// on this machine in one run. See BenchmarkSettings for the knobs.
if (BenchmarkSettings.Parse(args) is not { } settings)
{
    Console.Error.WriteLine(BenchmarkSettings.Usage);
    return 2;
}

Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ ...");
var servers = await TestServers.GetAsync();

Console.WriteLine($"Warming up both paths with {BenchmarkSettings.WarmUpEvents} events each ...");
await OutboxPath.RunAsync(servers, BenchmarkSettings.WarmUpEvents, BenchmarkSettings.Concurrency);
await DirectPath.RunAsync(servers, BenchmarkSettings.WarmUpEvents, BenchmarkSettings.Concurrency);

// Each path on a fresh database and virtual host, one after the other, so neither competes with the other.
Console.WriteLine($"Measuring {settings.Events} events per path ...");
var outbox = await OutboxPath.RunAsync(servers, settings.Events, BenchmarkSettings.Concurrency);
var direct = await DirectPath.RunAsync(servers, settings.Events, BenchmarkSettings.Concurrency);

Report.Print(outbox, direct);

// The private servers, if this run started them, stop when the process exits.
return 0;
