using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Volunteer.Platform.Benchmarks;
using Volunteer.Testing;
using Volunteer.Testing.Benchmarking;

// The demo seeding through the whole system, as `./volunteer.sh up` runs it on a fresh machine, then how long
// reporting takes to project every event the services wrote: the time its figures and records lag behind.
// One seeding takes minutes, so this is one run, not a median.
var dataDirectory = TemporaryDirectory.Create("volunteer-bench-");
try
{
    var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Volunteer_AppHost>(
    [
        "Infrastructure:Mode=local",
        $"Infrastructure:DataDirectory={dataDirectory}",
        "Services:FixedPorts=false",
        "Seeder:RunOnStart=true",
    ],
    (options, _) => options.DisableDashboard = true);
    // The services' own logs would bury the figures; warnings and errors still show.
    builder.Services.AddLogging(logging => logging.AddFilter("Volunteer.AppHost.Resources", LogLevel.Warning));
    await using var app = await builder.BuildAsync();

    Console.WriteLine("Starting the platform and seeding the demo campaign ...");
    var clock = Stopwatch.StartNew();
    await app.StartAsync();
    var seeder = await app.ResourceNotifications.WaitForResourceAsync("seeder", KnownResourceStates.TerminalStates);
    if (seeder != KnownResourceStates.Finished)
    {
        Console.Error.WriteLine($"The demo seeder ended {seeder}, not finished: no figure.");
        return 1;
    }

    var seeded = clock.Elapsed;
    var backlog = new ProjectionBacklog(
        [
            await ConnectionStringAsync(app, "rosterdb"), await ConnectionStringAsync(app, "activitydb"),
            await ConnectionStringAsync(app, "safetydb"),
        ],
        await ConnectionStringAsync(app, "reportingdb"));
    var behind = await backlog.CountAsync();
    var behindAtEnd = behind;
    var caughtUp = Stopwatch.StartNew();
    while (behind > 0 && caughtUp.Elapsed < TimeSpan.FromMinutes(15))
    {
        await Task.Delay(TimeSpan.FromMilliseconds(250));
        behind = await backlog.CountAsync();
    }

    Console.WriteLine($"Seeded in {seeded.TotalSeconds:F0} s; reporting projected every event {caughtUp.Elapsed.TotalSeconds:F1} s "
        + $"after the seeder ended, when it was {behindAtEnd} events behind"
        + $"{(behind > 0 ? $" (gave up with {behind} behind)" : "")}.");
    BenchLine.Print("projection-lag-seconds", "s", new Sample([caughtUp.Elapsed.TotalSeconds]), "≤ 10");
    return 0;
}
finally
{
    TemporaryDirectory.Delete(dataDirectory);
}

static async Task<string> ConnectionStringAsync(DistributedApplication app, string database) =>
    await app.GetConnectionStringAsync(database)
    ?? throw new InvalidOperationException($"The platform gives no connection string for {database}.");
