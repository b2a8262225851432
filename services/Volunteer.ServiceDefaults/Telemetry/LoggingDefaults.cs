using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Hosting;

namespace Volunteer.ServiceDefaults.Telemetry;

/// <summary>
/// The log levels every service starts from, below its appsettings and environment, which may change them.
/// A busy service must not write a line per call it makes or answers: those are traces' work.
/// </summary>
internal static class LoggingDefaults
{
    private static readonly Dictionary<string, string?> Levels = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        // Request start and end for every call answered.
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        // Every command sent to the database.
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        // Four lines for every call to another service, and the resilience pipeline's attempts.
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
        // A line for every status other than OK; the platform writes its own, one per failed call.
        ["Logging:LogLevel:Grpc"] = "Warning",
    };

    public static void AddLoggingDefaults(this IHostApplicationBuilder builder) =>
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
}
