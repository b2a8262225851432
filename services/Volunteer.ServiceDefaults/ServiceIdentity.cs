using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.Hosting;

/// <summary>Who this process is: the logical service, this replica, and the build it runs.</summary>
public sealed class ServiceIdentity(IConfiguration configuration, IHostEnvironment environment, TimeProvider timeProvider)
{
    /// <summary>The orchestrator's resource name (e.g. "roster"); the assembly name when run alone.</summary>
    public string Name { get; } = configuration["OTEL_SERVICE_NAME"] ?? environment.ApplicationName;

    public string InstanceId { get; } = Guid.NewGuid().ToString("N")[..12];

    public string Version { get; } =
        Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    public string Environment { get; } = environment.EnvironmentName;

    public DateTimeOffset StartedAt { get; } = timeProvider.GetUtcNow();
}
