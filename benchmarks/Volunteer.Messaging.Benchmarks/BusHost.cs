using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Volunteer.Messaging.Benchmarks;

internal static class BusHost
{
    /// <summary>The logging settings every benchmark host shares, so the figures stay readable.</summary>
    public static readonly KeyValuePair<string, string?>[] QuietLogging =
    [
        // MassTransit and EF Core are chatty at Information.
        new("Logging:LogLevel:Default", "Warning"),
        // On a fresh database EF's first look at the migrations history fails by design (no table yet)
        // and is logged as an error; a command that really fails still throws.
        new("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None"),
    ];

    /// <summary>
    /// Starts the host (which migrates its database) and returns once its bus is connected and its
    /// receive endpoints are bound: the broker drops what is published before a queue is bound, and
    /// connecting must not count as throughput.
    /// </summary>
    public static async Task StartAsync(IHost host)
    {
        await host.StartAsync();
        var status = await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        if (status != BusHealthStatus.Healthy)
        {
            throw new InvalidOperationException($"The bus is {status} after a minute.");
        }
    }
}
