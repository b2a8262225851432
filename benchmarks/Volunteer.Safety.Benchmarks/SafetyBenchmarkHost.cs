using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Volunteer.Testing;

namespace Volunteer.Safety.Benchmarks;

/// <summary>The safety service in-process (TestServer, no network) on a fresh database and virtual host, as its tests host it.</summary>
// global::Program is the safety service's entry point, not this benchmark's.
internal sealed class SafetyBenchmarkHost() : ServiceHost<global::Program>("safetydb")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The factory finds the service's folder through a manifest in the working directory, which is the
        // test output folder under dotnet test but the repository under dotnet run.
        builder.UseSolutionRelativeContentRoot("services/Volunteer.Safety");
        // Request logs would be measured with the service and fill the console.
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
