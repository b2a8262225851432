using Microsoft.AspNetCore.Hosting;
using Volunteer.Testing;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>The reporting service on a fresh database, consuming from a virtual host filled beforehand.</summary>
internal sealed class ProjectionBenchmarkHost(Uri virtualHost)
    : BenchmarkServiceHost<global::Program>("reportingdb", "services/Volunteer.Reporting")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:messaging", virtualHost.ToString());
        builder.UseSetting("Reporting:Digests:Enabled", "false");
    }
}
