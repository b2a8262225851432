using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Volunteer.Testing;

namespace Volunteer.Activity.Benchmarks;

/// <summary>The activity service in-process (TestServer, no network) on a fresh database and virtual host, as its tests host it.</summary>
// global::Program is the activity service's entry point, not this benchmark's.
internal sealed class ActivityBenchmarkHost() : ServiceHost<global::Program>("activitydb")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The factory finds the service's folder through a manifest in the working directory, which is the
        // test output folder under dotnet test but the repository under dotnet run.
        builder.UseSolutionRelativeContentRoot("services/Volunteer.Activity");
        // Information logs per request would be measured with the service and fill the console.
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
