using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Volunteer.AppHost.Infrastructure;

/// <summary>
/// Picks the infrastructure mode: "Infrastructure:Mode" when set; external when both connection
/// strings are configured; containers when a container runtime answers; local otherwise.
/// </summary>
internal static class InfrastructureModeSelector
{
    public static (InfrastructureMode Mode, string Reason) Select(IConfiguration configuration)
    {
        var forced = configuration["Infrastructure:Mode"];
        if (!string.IsNullOrWhiteSpace(forced))
        {
            return Enum.TryParse<InfrastructureMode>(forced, ignoreCase: true, out var mode)
                ? (mode, "set by Infrastructure:Mode")
                : throw new InfrastructureUnavailableException(
                    $"Infrastructure:Mode is '{forced}'; use containers, local or external.");
        }

        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(ExternalInfrastructure.ServerName))
            && !string.IsNullOrWhiteSpace(configuration.GetConnectionString(PlatformInfrastructure.MessagingName)))
        {
            return (InfrastructureMode.External, "connection strings are configured");
        }

        return ContainerRuntimeAnswers()
            ? (InfrastructureMode.Containers, "a container runtime answers")
            : (InfrastructureMode.Local, "no container runtime answers");
    }

    // A client that prints its version proves nothing; only a daemon answering "info" does.
    private static bool ContainerRuntimeAnswers()
    {
        foreach (var runtime in new[] { "docker", "podman" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(runtime, "info --format {{.ID}}")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                });
                if (process is null)
                {
                    continue;
                }

                if (process.WaitForExit(TimeSpan.FromSeconds(5)) && process.ExitCode == 0)
                {
                    return true;
                }

                process.Kill(entireProcessTree: true);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }

        return false;
    }
}
